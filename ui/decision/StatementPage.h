#pragma once

#include "domain/DsaDecision.h"

#include <QHash>
#include <QScrollArea>

namespace adreview {

class ReviewService;
class StatementForm;

// The decision dialog's statement of reasons: the form, scrolled, and which statement it holds.
// A ban's starts from its policy's defaults and follows the policy until the reviewer edits it; a
// reinstatement's starts empty, with nothing of the ban's. A statement edited and then left for
// the other kind comes back as it was, until the next case.
class StatementPage : public QScrollArea {
    Q_OBJECT

public:
    explicit StatementPage(ReviewService &review, QWidget *parent = nullptr);

    StatementForm *form() const { return m_form; }
    // A new case: every statement starts again, dated by the review service's clock.
    void restart();
    // Holds the statement of `kind` ("ban", "reinstate", or empty for an action that states no
    // reasons) under `policy`. Returns why the policy's defaults could not be read, if so.
    QString follow(const QString &kind, const QString &policy);
    const QString &kind() const { return m_kind; }

    // The statement a submit records: its canonical text, empty when none.
    QString text() const;
    // Whether the reviewer changed the statement the action records.
    bool isEdited() const;
    // What keeps the statement from being recorded, a sentence each.
    QStringList problems() const;
    // What the statement still lacks, worth a note: a ban's, or a reinstatement's once begun.
    QStringList lacking() const;

signals:
    void changed();

private:
    QString load(const QString &policy);

    ReviewService &m_review;
    StatementForm *m_form = nullptr;
    QString m_kind;                         // what the form holds a statement for
    QString m_policy;                       // the policy whose defaults it was filled from
    bool m_stale = true;                    // a new case: the form starts again
    QHash<QString, dsa::Decision> m_drafts; // by kind: a statement edited, then left for the other
};

} // namespace adreview
