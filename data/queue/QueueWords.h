#pragma once

#include <QString>

namespace adreview {

// The words the case queue and the activity log show: column headers, ages and SLA phrases, tooltips. The model speaks
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
    // The stored vocabulary words as shown: as stored here, in the reader's language in the window.
    virtual QString priority(const QString &word) const;
    virtual QString standing(const QString &state, const QString &outcome) const; // outcome once decided
    virtual QString action(const QString &word) const;
    virtual QString outcome(const QString &word) const;
};

} // namespace adreview
