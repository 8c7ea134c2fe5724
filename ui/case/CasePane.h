#pragma once

#include "domain/CaseFold.h"
#include "domain/Clock.h"
#include "domain/DeviceTrust.h"
#include "domain/Domain.h"
#include "domain/EventRules.h"
#include "domain/Result.h"
#include "main/ExternalActions.h"
#include "storage/Database.h"

#include <QWidget>

#include <functional>

class QStackedWidget;
class QTabWidget;
class QUrl;

namespace adreview {

class CaseHeader;
class ConflictBanner;
class EvidencePanel;
class HistoryView;
class PlainLabel;
class RereviewBanner;

// The selected case beside the queue: header, a banner when it is in conflict, evidence in three
// panels, and the history.
// Everything comes from the database in a handful of queries per case (no query per row).
class CasePane : public QWidget {
    Q_OBJECT

public:
    CasePane(Database &db, const Clock &clock, QWidget *parent = nullptr);

    // (Re)loads everything from the database; an error leaves the pane cleared with the
    // message shown.
    Status showCase(const QString &ref);
    // The case shown, as a decision on it left it (its record and history as the decision
    // returned them): a decision changes neither its evidence nor the reviewer's place in it.
    void showDecided(const CaseRecord &record, const QList<Event> &events);
    void clear(); // "No case selected"
    // A line above the case saying it is not among the queue's rows (it left the view after a
    // decision); empty hides it. Showing another case hides it too.
    void setOutOfView(const QString &notice);
    QString outOfView() const;
    QString caseRef() const;
    const CaseRecord &record() const; // valid after showCase succeeded
    // For an appeal shown, the decision it contests; none otherwise.
    const std::optional<ContestedDecision> &contested() const { return m_contested; }
    const QList<Evidence> &evidence() const;
    const QList<Event> &events() const; // newest first
    ConflictBanner *conflictBanner() const { return m_banner; }
    RereviewBanner *rereviewBanner() const { return m_rereview; }
    // The shown case's events folded: its proposal, revisions and re-review.
    const CaseFold::State &fold() const { return m_fold; }
    QString seenHead() const; // record().heads.value(0): the latest event as displayed

    // Test seams: how links and files are opened and how the user confirms. Defaults:
    // QDesktopServices::openUrl, and a Yes/No question box that shows its text as plain text.
    void setUrlOpener(std::function<bool(const QUrl &)> opener);
    void setConfirmer(std::function<bool(const QString &question)> confirm);
    // Where an attachment is saved; the default asks with a file dialog.
    void setSaveChooser(std::function<QString(const QString &suggestedPath)> choose);

signals:
    void caseLoaded(const QString &ref);
    // The re-review banner's buttons: "reaffirm" or "reverse".
    void decisionRequested(const QString &action);
    // The reviewer asked to record a later revision of one of the case's items.
    void reviseRequested(const QString &ref);

private:
    QHash<QString, SignatureMark> signatureMarks(const QList<Event> &events);
    void showMessage(const QString &message);
    void setTabTitles(int news, int advisories, int other);
    void showEvidence(bool reload);
    bool askUser(const QString &question);

    Database &m_db;
    const Clock &m_clock;
    ExternalActions m_actions;
    CaseRecord m_record;
    std::optional<ContestedDecision> m_contested;
    QList<Evidence> m_evidence;
    CaseFold::State m_fold;
    QStackedWidget *m_stack = nullptr;
    PlainLabel *m_message = nullptr;
    CaseHeader *m_header = nullptr;
    ConflictBanner *m_banner = nullptr;
    RereviewBanner *m_rereview = nullptr;
    PlainLabel *m_outOfView = nullptr;
    QTabWidget *m_tabs = nullptr;
    EvidencePanel *m_news = nullptr;
    EvidencePanel *m_advisories = nullptr;
    EvidencePanel *m_other = nullptr;
    HistoryView *m_history = nullptr;
};

} // namespace adreview
