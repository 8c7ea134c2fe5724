#pragma once

#include "domain/Domain.h"

#include <QFrame>

namespace adreview {

class PlainLabel;

// The strip the case pane shows over a case in conflict: that it is in conflict, and who on
// which device decided what. Hidden for every other case.
class ConflictBanner : public QFrame {
    Q_OBJECT

public:
    explicit ConflictBanner(QWidget *parent = nullptr);
    // Shows the case's unresolved conflicts, or hides the banner when there are none.
    void setEvents(const QList<Event> &events);
    QString text() const;

private:
    PlainLabel *m_title = nullptr;
    PlainLabel *m_text = nullptr;
};

} // namespace adreview
