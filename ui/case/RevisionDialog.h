#pragma once

#include "domain/Domain.h"
#include "review/ReviewService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace adreview {

class PlainLabel;

// Records a later revision of one evidence item of a case ("Record a change to this evidence…"):
// the item as it reads now, its fields to change (an advisory's status and what superseded it, the
// title, excerpt and address, a retraction, the day it took effect) and the reason. The same item
// in other cases is listed, to be revised too. Every case to be revised is checked before any is
// written; what the service refuses is shown here, with what was typed kept.
class RevisionDialog : public QDialog {
    Q_OBJECT

public:
    // `original`: the item as first recorded in the case; `expectedHeads`: the case as shown.
    RevisionDialog(ReviewService &review, const CaseRecord &record, const Evidence &original,
                   const QStringList &expectedHeads, QWidget *parent = nullptr);

    // The change the form describes.
    EvidenceChange change() const;
    // What keeps the form from being recorded, one phrase each; empty when it can be.
    QStringList missing() const;
    // The same item in the other cases, as listed.
    const QList<EvidenceElsewhere> &elsewhere() const { return m_elsewhere; }

signals:
    // Revisions were recorded, in these cases (this one first).
    void revised(const QStringList &caseRefs);

private:
    void load();
    void updateForm();
    void record();
    void showError(const QString &message);

    ReviewService &m_review;
    CaseRecord m_record;
    Evidence m_original;
    QStringList m_expectedHeads;
    EvidenceRevision m_current; // the item as it reads now
    QList<EvidenceElsewhere> m_elsewhere;
    bool m_hasStatus = false;

    PlainLabel *m_now = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_supersededBy = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_url = nullptr;
    QPlainTextEdit *m_excerpt = nullptr;
    QCheckBox *m_retracted = nullptr;
    QDateEdit *m_effective = nullptr;
    QPlainTextEdit *m_rationale = nullptr;
    QWidget *m_elsewhereBox = nullptr;
    PlainLabel *m_elsewhereList = nullptr;
    QCheckBox *m_alsoElsewhere = nullptr;
    PlainLabel *m_error = nullptr;
    PlainLabel *m_hint = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace adreview
