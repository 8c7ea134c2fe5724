#pragma once

#include "review/BulkDecision.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace adreview {

// What a bulk action did: how many cases were decided, and each case refused or not reached with
// its reason. A double click (or Enter) on a case shows it in the window; the refs can be copied.
class BulkSummaryDialog : public QDialog {
    Q_OBJECT

public:
    BulkSummaryDialog(const BulkReport &report, const QString &action, QWidget *parent = nullptr);

    QTreeWidget *cases() const { return m_cases; }
    QString summaryText() const;
    // The refs the summary lists (refused, then not reached), one a line.
    QString listedRefs() const;

signals:
    void caseChosen(const QString &ref);

private:
    QLabel *m_summary = nullptr;
    QTreeWidget *m_cases = nullptr;
};

} // namespace adreview
