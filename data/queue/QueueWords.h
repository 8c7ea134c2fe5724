#pragma once

#include <QString>

namespace adreview {

// The words the case queue shows: column headers, ages and SLA phrases, tooltips. The model speaks
// English through this base; the window installs one that speaks the reader's language
// (ui/queue/QueueText), so that data/ holds no translated text.
class QueueWords {
public:
    virtual ~QueueWords() = default;

    virtual QString header(int column) const;  // a CaseQueueModel::Column
    virtual QString duration(qint64 ms) const; // "5 min", "3 h", "2 d"
    virtual QString slaMet() const;
    virtual QString slaLateBy(const QString &duration) const;
    virtual QString slaDueIn(const QString &duration) const;
    virtual QString slaOverdue(const QString &duration) const;
    virtual QString loading() const;                      // a row not read yet
    virtual QString dueTip(const QString &time) const;    // "Due 2018-06-01 09:00 UTC"
    virtual QString openedTip(const QString &time) const; // "Opened …"
};

} // namespace adreview
