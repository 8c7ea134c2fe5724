#pragma once

#include "domain/DeviceTrust.h"
#include "domain/Domain.h"

#include <QWidget>

class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace adreview {

// A case's events, newest first (the reverse of CaseFold::ordered, so the decision that set the
// current state is at the top), with the selected event written out in full below.
class HistoryView : public QWidget {
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        ActionColumn,
        ReviewerColumn,
        DeviceColumn,
        PolicyColumn,
        EvidenceColumn,
        OutcomeColumn,
        RationaleColumn
    };

    explicit HistoryView(QWidget *parent = nullptr);
    // Any order; shown newest first, each with its signature's mark (by event id) on its device.
    void setEvents(const QList<Event> &events, const QHash<QString, SignatureMark> &marks = {});
    void clear();
    const QList<Event> &events() const { return m_events; } // as shown, newest first
    QTreeWidget *list() const { return m_list; }
    QList<QWidget *> focusOrder() const;

private:
    void showEntry(QTreeWidgetItem *item);

    QList<Event> m_events;
    QHash<QString, SignatureMark> m_marks;
    QTreeWidget *m_list = nullptr;
    QPlainTextEdit *m_detail = nullptr;
};

} // namespace adreview
