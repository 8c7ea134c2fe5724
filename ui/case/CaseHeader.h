#pragma once

#include "domain/CaseFold.h"
#include "domain/Domain.h"
#include "domain/EventRules.h"

#include <optional>

#include <QWidget>

class QGridLayout;

namespace adreview {

class PlainLabel;
class StatusBadge;

// The top of the case pane: who the advertiser is, what the case is about, and how urgent it is.
class CaseHeader : public QWidget {
    Q_OBJECT

public:
    explicit CaseHeader(QWidget *parent = nullptr);
    // `now` is the moment age and SLA are measured against.
    void setCase(const CaseRecord &record, const QDateTime &now);
    // For an appeal: the decision it contests (none recorded: nullopt) and whether it came late;
    // for any other case, nothing is shown.
    void setContested(const CaseRecord &record, const std::optional<ContestedDecision> &contested);
    // A ban awaiting approval: who proposed it and how long it has waited, in the state field.
    void setProposal(const std::optional<CaseFold::State::Proposal> &proposal, const QDateTime &now);
    void clear();
    bool isOverdue() const { return m_overdue; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // A caption and its value; the value spans `span` columns.
    PlainLabel *addField(QGridLayout *grid, const QString &caption, int row, int column, int span = 1);
    QString outcomeText(const CaseRecord &c, const QDateTime &now);
    QString slaText(const CaseRecord &record, const QDateTime &now);
    void updateSlaColour();
    void fitHeight();

    PlainLabel *m_name = nullptr;
    StatusBadge *m_badge = nullptr;
    PlainLabel *m_summary = nullptr;
    PlainLabel *m_ref = nullptr;
    PlainLabel *m_policy = nullptr;
    PlainLabel *m_country = nullptr;
    PlainLabel *m_industry = nullptr;
    PlainLabel *m_priority = nullptr;
    PlainLabel *m_state = nullptr;
    PlainLabel *m_outcome = nullptr;
    PlainLabel *m_assignee = nullptr;
    PlainLabel *m_age = nullptr;
    PlainLabel *m_sla = nullptr;
    PlainLabel *m_contestsCaption = nullptr;
    PlainLabel *m_contests = nullptr;
    bool m_overdue = false;
    bool m_lateAppeal = false;
};

} // namespace adreview
