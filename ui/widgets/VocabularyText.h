#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace adreview {

// The domain's closed word lists (Vocabulary.h) as the window shows them, in the reader's
// language. The database, files and the command line keep the stored English words; only what a
// person reads in the window goes through here. A word outside its list is shown as stored.
class VocabularyText {
    Q_DECLARE_TR_FUNCTIONS(adreview::VocabularyText)

public:
    enum class List { Priority, Source, State, Outcome, Action, EvidenceKind, Reliability, AdvisoryState };
    static constexpr List lists[] = {List::Priority, List::Source,       List::State,       List::Outcome,
                                     List::Action,   List::EvidenceKind, List::Reliability, List::AdvisoryState};

    static QString show(List list, const QString &word);
    static QString priority(const QString &word) { return show(List::Priority, word); }
    static QString source(const QString &word) { return show(List::Source, word); }
    static QString state(const QString &word) { return show(List::State, word); }
    static QString outcome(const QString &word) { return show(List::Outcome, word); }
    static QString action(const QString &word) { return show(List::Action, word); }
    static QString kind(const QString &word) { return show(List::EvidenceKind, word); }
    static QString reliability(const QString &word) { return show(List::Reliability, word); }
    static QString advisoryState(const QString &word) { return show(List::AdvisoryState, word); }
    // What the queue's State column says: the outcome of a decided case, the state otherwise.
    static QString standing(const QString &state, const QString &outcome);

    // The stored words of a list (the Vocabulary's), and the English text and translation comment
    // each is shown by: empty when a word has none, which the translation test reports.
    static const QStringList &words(List list);
    struct Source {
        const char *text = nullptr;
        const char *comment = nullptr;
    };
    static Source sourceText(List list, const QString &word);
};

} // namespace adreview
