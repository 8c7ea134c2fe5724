#pragma once

#include <QWidget>

class QButtonGroup;

namespace adreview {

// The outcome a lead's resolution sets: banned, cleared or reinstated, as a row of radio buttons
// (arrow keys move, Space chooses, Alt and the underlined letter choose directly). None is chosen
// at first: the lead decides, nothing is assumed.
class OutcomeChoice : public QWidget {
    Q_OBJECT

public:
    explicit OutcomeChoice(QWidget *parent = nullptr);
    QString outcome() const; // empty while none is chosen
    void setOutcome(const QString &outcome);
    void clearChoice();
    QWidget *focusTarget() const; // the chosen button, or the first

    static const QStringList &outcomes();

signals:
    void outcomeChanged(const QString &outcome);

private:
    QButtonGroup *m_group;
};

} // namespace adreview
