#include "main/Actions.h"

#include <QAction>
#include <QFile>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace adreview {

Actions::Actions(QWidget *window) : QObject(window), m_window(window)
{
    make(NewDatabase, tr("&New Database…"), {QKeySequence::New}, u"new"_s, tr("Create an empty database"));
    make(OpenDatabase, tr("&Open Database…"), {QKeySequence::Open}, u"open"_s, tr("Open another database"));
    make(Quit, tr("&Quit"), {QKeySequence::Quit}, {}, tr("Close AdReview"));
    make(Preferences, tr("&Preferences…"), {QKeySequence::Preferences}, u"preferences"_s,
         tr("Your reviewer name and this device's label"));
    make(NextCase, tr("&Next Case"), {Qt::Key_J}, u"next"_s, tr("Move down the queue"));
    make(PreviousCase, tr("&Previous Case"), {Qt::Key_K}, u"previous"_s, tr("Move up the queue"));
    make(Ban, tr("&Ban…"), {Qt::Key_B}, u"ban"_s, tr("Ban the advertiser under a policy, citing evidence"));
    make(Clear, tr("&Clear…"), {Qt::Key_C}, u"clear"_s, tr("Close the case as no violation"));
    make(Reinstate, tr("&Reinstate…"), {Qt::Key_R}, u"reinstate"_s, tr("Lift a ban, or grant an appeal"));
    make(Escalate, tr("&Escalate…"), {Qt::Key_E}, u"escalate"_s, tr("Hand the case to a lead"));
    make(ResolveConflict, tr("Resolve Conf&lict…"), {Qt::Key_L}, u"resolve"_s,
         tr("Settle decisions made apart that disagree: choose the outcome that stands"));
    make(ApproveBan, tr("Appro&ve Ban…"), {Qt::Key_V}, {},
         tr("Approve a ban another reviewer proposed: the advertiser is banned"));
    make(RejectBan, tr("Re&ject Ban…"), {Qt::Key_X}, {}, tr("Reject a ban another reviewer proposed"));
    make(WithdrawProposal, tr("&Withdraw Proposal…"), {Qt::Key_W}, {}, tr("Take back a ban you proposed"));
    make(Reaffirm, tr("Re-a&ffirm Decision…"), {Qt::Key_F}, {},
         tr("Keep a decision in re-review: its revised evidence does not change it"));
    make(Reverse, tr("Rever&se Decision…"), {Qt::Key_S}, {},
         tr("Turn a decision in re-review: ban a cleared advertiser, reinstate a banned one"));
    make(Annotate, tr("Annotate…"), {Qt::Key_N}, u"annotate"_s, tr("Add a note to the case's history"));
    make(AssignToMe, tr("Assign to &Me"), {Qt::Key_A}, u"assign"_s, tr("Take the case"));
    make(Find, tr("&Search"), {QKeySequence::Find}, u"search"_s, tr("Search advertisers, cases and evidence"));
    make(Reload, tr("Re&load"), {QKeySequence::Refresh}, u"reload"_s, tr("Read the queue and the case again"));
    make(Reports, tr("&Reports…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)}, u"reports"_s,
         tr("Decision reports for a period, policy or reviewer: preview and export"));
    make(Import, tr("&Import…"), {QKeySequence(Qt::CTRL | Qt::Key_I)}, u"import"_s,
         tr("Import case files (.json, .csv): check them, then add their advertisers, cases and evidence"));
    make(SyncExport, tr("&Export Bundle…"), {}, {},
         tr("Write this database's events into a sync bundle for another laptop"));
    make(SyncImport, tr("&Import Bundles…"), {}, {}, tr("Merge sync bundles from other laptops into this database"));
    make(TeamServer, tr("&Team Server…"), {}, {},
         tr("The team's server this database syncs with, and the events from it that were set aside"));
    make(SyncNow, tr("Sync &Now"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}, {},
         tr("Send this laptop's decisions to the team server and take everyone else's"));
    make(Dashboard, tr("&Dashboard"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)}, u"dashboard"_s,
         tr("Show or hide the backlog, decisions per week and SLA breaches"))
        ->setCheckable(true);
    make(Activity, tr("&Activity"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)}, {},
         tr("Show or hide every event of every case, newest first, by reviewer, device, action, policy and time"))
        ->setCheckable(true);
    make(SaveView, tr("Sa&ve Current View…"), {QKeySequence(Qt::CTRL | Qt::Key_D)}, u"saved-view"_s,
         tr("Keep the tab, filters, search and sort under a name, in the View menu and as a button under the tabs"));
    make(ManageViews, tr("&Manage Saved Views…"), {}, {}, tr("Rename, reorder or delete the saved views"));
    make(Shortcuts, tr("&Keyboard Shortcuts"), {Qt::Key_F1, Qt::Key_Question}, u"help"_s, tr("Show every shortcut"));
    make(About, tr("&About AdReview"), {}, {}, tr("Version, database, Qt and SQLite"));
    // Single letters are safe as window shortcuts: a text field that has focus takes printable
    // keys for itself (QLineEdit and QPlainTextEdit accept the shortcut override).
    for (QAction *a : std::as_const(m_actions))
        a->setShortcutContext(Qt::WindowShortcut);
}

QAction *Actions::make(Id id, const QString &text, const QList<QKeySequence> &keys, const QString &iconName,
                       const QString &tip)
{
    auto *a = new QAction(text, m_window);
    a->setShortcuts(keys);
    a->setToolTip(keys.isEmpty() ? tip : u"%1 (%2)"_s.arg(tip, keys.first().toString(QKeySequence::NativeText)));
    a->setStatusTip(tip);
    if (!iconName.isEmpty())
        a->setIcon(icon(iconName));
    m_window->addAction(a);
    m_actions.insert(id, a);
    m_order.append(id);
    return a;
}

QList<QAction *> Actions::all() const
{
    QList<QAction *> out;
    for (Id id : m_order)
        out << m_actions.value(id);
    return out;
}

QList<QAction *> Actions::caseActions() const
{
    return {get(Ban),        get(Clear),     get(Reinstate),        get(Escalate), get(ResolveConflict),
            get(ApproveBan), get(RejectBan), get(WithdrawProposal), get(Reaffirm), get(Reverse),
            get(Annotate),   get(AssignToMe)};
}

QIcon Actions::icon(const QString &name, const QString &themeName)
{
    const QString file = u":/adreview/icons/%1.svg"_s.arg(name);
    const QIcon fallback = QFile::exists(file) ? QIcon(file) : QIcon();
    return themeName.isEmpty() ? fallback : QIcon::fromTheme(themeName, fallback);
}

} // namespace adreview
