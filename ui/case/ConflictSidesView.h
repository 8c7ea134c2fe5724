#pragma once

#include "domain/Domain.h"

#include <QWidget>

class QHBoxLayout;
class QPlainTextEdit;
class QScrollArea;

namespace adreview {

class PlainLabel;

// The decisions a lead is asked to settle, side by side: for each, what was decided, by whom,
// on which device and when, the rationale and the evidence it cited. Everything is plain text.
class ConflictSidesView : public QWidget {
    Q_OBJECT

public:
    explicit ConflictSidesView(QWidget *parent = nullptr);
    // `decisions` from ConflictSides::decisions(); `evidence` names the cited items.
    void setSides(const QList<Event> &decisions, const QList<Evidence> &evidence);
    int sideCount() const { return int(m_sides.size()); }
    // Everything one side shows, as text (for reading aloud and for tests).
    QString sideText(int side) const;
    QList<QWidget *> focusOrder() const;

private:
    QWidget *buildSide(int number, const Event &event, const QList<Evidence> &evidence);

    struct Side {
        QWidget *box = nullptr;
        QStringList lines;
        QPlainTextEdit *rationale = nullptr;
    };
    PlainLabel *m_heading = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_row = nullptr;
    QHBoxLayout *m_rowLayout = nullptr;
    QList<Side> m_sides;
};

} // namespace adreview
