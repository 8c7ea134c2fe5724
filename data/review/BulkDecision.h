#pragma once

#include "domain/Result.h"
#include "review/ReviewService.h"

#include <QSet>
#include <QStringList>

#include <algorithm>
#include <functional>

namespace adreview {

class Database;

// One case of a bulk action and its latest events as the author saw them (empty: whatever is
// current when the case's turn comes).
struct BulkTarget {
    QString caseRef;
    QStringList heads;
};

// Which evidence each case of a bulk action cites: the same refs in every case, and every item of
// the kinds named (all of them when `everyItem`). Each case is checked on its own: a ban of a case
// that holds none of them is refused by the review rules.
struct EvidenceRule {
    QStringList refs;
    QStringList kinds; // evidence kinds (vocab::evidenceKinds())
    bool everyItem = false;

    bool isEmpty() const { return refs.isEmpty() && kinds.isEmpty() && !everyItem; }
    // The refs of the case's items this rule cites, in natural order.
    QStringList pick(const QHash<QString, QString> &kindsByRef) const;
    // How the rule reads in a refusal ("no item of kind agency-advisory").
    QString describe() const;
};

// What a bulk action does to each case. The command's caseRef and expectedHeads are the target's;
// its other fields are every case's. A ban with no policy applies each case's own; a ban's
// statement of reasons is the command's, or when `statementFromPolicy` the defaults of the policy
// applied (as the decision dialog starts from them), case by case.
struct BulkRequest {
    Command command;
    EvidenceRule evidence;
    bool statementFromPolicy = false;
};

// How a bulk action went, case by case.
struct BulkReport {
    struct Done {
        QString caseRef;
        QString eventId;
    };
    struct Refused {
        QString caseRef;
        ErrorKind kind; // Conflict: stale, the case changed after its heads were captured
        QString reason;
    };
    QList<Done> done;
    QList<Refused> refused;
    QStringList notReached; // after a cancel, or a database failure
    bool cancelled = false;
    std::optional<Error> failure; // the database failed; what was committed before it stays

    qsizetype total() const { return done.size() + refused.size() + notReached.size(); }
    QStringList refusedRefs() const;
    QStringList staleRefs() const;
};

// Applies one action to many cases through the review service's rules, one event per case, each
// case checked on its own (its own heads, its own state and evidence). Cases are written in
// transactions of casesPerTransaction, each case inside a savepoint, so a case refused or failed
// is undone alone and the others of its transaction stay. Cancelling stops between cases; what
// was decided before is committed.
class BulkDecision {
public:
    struct Progress {
        qsizetype done = 0; // cases looked at so far (decided or refused)
        qsizetype total = 0;
        qsizetype refused = 0;
    };
    // Called after every case, on the thread that runs; false cancels.
    using ProgressFn = std::function<bool(const Progress &)>;

    BulkDecision(Database &db, ReviewService &review) : m_db(db), m_review(review) {}

    void setCasesPerTransaction(int n) { m_casesPerTransaction = std::max(1, n); }

    // The cases' heads as they stand now, in the order given: what an author confirming a bulk
    // action sees. A ref that names no case stays, with no heads (the run refuses it).
    Result<QList<BulkTarget>> capture(const QStringList &refs);

    Result<BulkReport> run(const QList<BulkTarget> &targets, const BulkRequest &request,
                           const ProgressFn &progress = {});

    static constexpr int defaultCasesPerTransaction = 500;

private:
    // Writes one case's event; an error leaves nothing of the case written.
    Result<Event> decideOne(const BulkTarget &target, const BulkRequest &request);
    Result<QString> statementFor(const QString &policyCode);

    Database &m_db;
    ReviewService &m_review;
    int m_casesPerTransaction = defaultCasesPerTransaction;
    QHash<QString, QString> m_statements; // a policy's default statement, by policy code
};

} // namespace adreview
