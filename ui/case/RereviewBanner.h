#pragma once

#include "domain/CaseFold.h"
#include "domain/Domain.h"

#include <QFrame>

class QPushButton;

namespace adreview {

class PlainLabel;

// The strip the case pane shows over a decided case whose evidence was revised since: which item
// changed how, one line each, and the two ways out (re-affirm or reverse the decision). Hidden for
// every other case.
class RereviewBanner : public QFrame {
    Q_OBJECT

public:
    explicit RereviewBanner(QWidget *parent = nullptr);
    // Shows why the case is in re-review, or hides the banner when it is not.
    void setCase(const CaseFold::State &fold, const QList<Evidence> &evidence);
    QString text() const;

signals:
    // "reaffirm" or "reverse"
    void actionRequested(const QString &action);

private:
    PlainLabel *m_title = nullptr;
    PlainLabel *m_text = nullptr;
    QPushButton *m_reaffirm = nullptr;
    QPushButton *m_reverse = nullptr;
};

} // namespace adreview
