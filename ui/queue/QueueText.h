#pragma once

#include "queue/QueueWords.h"

#include <QCoreApplication>

namespace adreview {

// The queue's words in the reader's language, installed on the model by the window.
class QueueText final : public QueueWords {
    Q_DECLARE_TR_FUNCTIONS(adreview::QueueText)

public:
    QString header(int column) const override;
    QString duration(qint64 ms) const override;
    QString slaMet() const override;
    QString slaLateBy(const QString &duration) const override;
    QString slaDueIn(const QString &duration) const override;
    QString slaOverdue(const QString &duration) const override;
    QString loading() const override;
    QString dueTip(const QString &time) const override;
    QString openedTip(const QString &time) const override;
    QString priority(const QString &word) const override;
    QString standing(const QString &state, const QString &outcome) const override;
    QString action(const QString &word) const override;
    QString outcome(const QString &word) const override;
};

} // namespace adreview
