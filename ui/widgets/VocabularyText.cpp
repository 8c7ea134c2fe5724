#include "widgets/VocabularyText.h"

#include "domain/Vocabulary.h"

#include <span>

namespace adreview {

namespace {

// A stored word and the English text it is shown by, with the list's name as the translation's
// comment: the same English word may read differently in another language by what it names.
struct Entry {
    const char *word;
    VocabularyText::Source source;
};

constexpr Entry priorities[] = {
    {"critical", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "critical", "priority")},
    {"high", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "high", "priority")},
    {"normal", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "normal", "priority")},
    {"low", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "low", "priority")},
};

constexpr Entry sources[] = {
    {"government-advisory", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "government-advisory", "case source")},
    {"press", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "press", "case source")},
    {"user-report", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "user-report", "case source")},
    {"automated", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "automated", "case source")},
    {"partner-platform", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "partner-platform", "case source")},
    {"appeal", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "appeal", "case source")},
};

constexpr Entry states[] = {
    {"open", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "open", "case state")},
    {"in-review", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "in-review", "case state")},
    {"escalated", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "escalated", "case state")},
    {"decided", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "decided", "case state")},
    {"conflict", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "conflict", "case state")},
    {"awaiting-approval", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "awaiting-approval", "case state")},
};

constexpr Entry outcomes[] = {
    {"banned", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "banned", "outcome")},
    {"cleared", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "cleared", "outcome")},
    {"reinstated", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "reinstated", "outcome")},
    {"none", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "none", "outcome")},
};

constexpr Entry actions[] = {
    {"flag", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "flag", "action")},
    {"assign", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "assign", "action")},
    {"annotate", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "annotate", "action")},
    {"escalate", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "escalate", "action")},
    {"ban", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "ban", "action")},
    {"clear", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "clear", "action")},
    {"reinstate", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "reinstate", "action")},
    {"resolve-conflict", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "resolve-conflict", "action")},
    {"propose-ban", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "propose-ban", "action")},
    {"approve", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "approve", "action")},
    {"reject", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "reject", "action")},
    {"withdraw", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "withdraw", "action")},
    {"revise", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "revise", "action")},
    {"reaffirm", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "reaffirm", "action")},
    {"reverse", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "reverse", "action")},
};

constexpr Entry kinds[] = {
    {"news-citation", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "News citation", "evidence kind")},
    {"agency-advisory", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "Agency advisory", "evidence kind")},
    {"company-statement", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "Company statement", "evidence kind")},
    {"platform-action", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "Platform action", "evidence kind")},
    {"internal-signal", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "Internal signal", "evidence kind")},
};

constexpr Entry reliabilities[] = {
    {"confirmed", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "confirmed", "reliability")},
    {"probable", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "probable", "reliability")},
    {"doubtful", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "doubtful", "reliability")},
    {"unknown", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "unknown", "reliability")},
};

constexpr Entry advisoryStates[] = {
    {"in-force", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "in force", "advisory status")},
    {"rescinded", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "rescinded", "advisory status")},
    {"superseded", QT_TRANSLATE_NOOP3("adreview::VocabularyText", "superseded", "advisory status")},
};

std::span<const Entry> entries(VocabularyText::List list)
{
    switch (list) {
    case VocabularyText::List::Priority:
        return priorities;
    case VocabularyText::List::Source:
        return sources;
    case VocabularyText::List::State:
        return states;
    case VocabularyText::List::Outcome:
        return outcomes;
    case VocabularyText::List::Action:
        return actions;
    case VocabularyText::List::EvidenceKind:
        return kinds;
    case VocabularyText::List::Reliability:
        return reliabilities;
    case VocabularyText::List::AdvisoryState:
        return advisoryStates;
    }
    return {};
}

} // namespace

const QStringList &VocabularyText::words(List list)
{
    switch (list) {
    case List::Priority:
        return vocab::priorities();
    case List::Source:
        return vocab::sources();
    case List::State:
        return vocab::states();
    case List::Outcome:
        return vocab::outcomes();
    case List::Action:
        return vocab::actions();
    case List::EvidenceKind:
        return vocab::evidenceKinds();
    case List::Reliability:
        return vocab::reliabilities();
    case List::AdvisoryState:
        return vocab::advisoryStates();
    }
    static const QStringList none;
    return none;
}

VocabularyText::Source VocabularyText::sourceText(List list, const QString &word)
{
    for (const Entry &e : entries(list)) {
        if (word == QLatin1StringView(e.word))
            return e.source;
    }
    return {};
}

QString VocabularyText::show(List list, const QString &word)
{
    const Source s = sourceText(list, word);
    return s.text ? tr(s.text, s.comment) : word;
}

QString VocabularyText::standing(const QString &state, const QString &outcome)
{
    return state == u"decided" && !outcome.isEmpty() ? VocabularyText::outcome(outcome) : VocabularyText::state(state);
}

} // namespace adreview
