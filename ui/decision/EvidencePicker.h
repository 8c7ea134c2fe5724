#pragma once

#include "domain/Domain.h"

#include <QTreeWidget>

namespace adreview {

// A case's evidence as a list of tickable rows (ref, kind, source, date, reliability, title), from
// which a decision picks the items it cites. Everything is shown as plain text by the item view.
class EvidencePicker : public QTreeWidget {
    Q_OBJECT

public:
    explicit EvidencePicker(QWidget *parent = nullptr);

    // Shows the items; a ref that is ticked now stays ticked if it is still listed, so a reload
    // after a conflict keeps what the reviewer had chosen. Call clearTicks() for a fresh case.
    void setEvidence(const QList<Evidence> &evidence);
    void clearTicks();
    QStringList checkedRefs() const;
    void setChecked(const QString &ref, bool checked);

signals:
    void checkedChanged();

private:
    static constexpr int maxColumnWidth = 240;
    enum Column { RefColumn, KindColumn, SourceColumn, DateColumn, ReliabilityColumn, TitleColumn };
};

} // namespace adreview
