#pragma once

#include <QHash>
#include <QIcon>
#include <QObject>

class QAction;
class QWidget;

namespace adreview {

// Every command of the window as a QAction, with its text, shortcut and icon, made in one place.
// Menus, the toolbar, the action bar and the shortcut sheet all read from here.
class Actions : public QObject {
    Q_OBJECT

public:
    enum Id {
        NewDatabase,
        OpenDatabase,
        Quit,
        Preferences,
        NextCase,
        PreviousCase,
        Ban,
        Clear,
        Reinstate,
        Escalate,
        ResolveConflict,
        ApproveBan,
        RejectBan,
        WithdrawProposal,
        Reaffirm,
        Reverse,
        Annotate,
        AssignToMe,
        Find,
        Reload,
        Reports,
        Import,
        SyncExport,
        SyncImport,
        TeamServer,
        SyncNow,
        Dashboard,
        Activity,
        SaveView,
        ManageViews,
        Shortcuts,
        About,
    };

    explicit Actions(QWidget *window);
    QAction *get(Id id) const { return m_actions.value(id); }
    QList<QAction *> all() const;
    // The decision actions, enabled together with a case selected.
    QList<QAction *> caseActions() const;

    static QIcon icon(const QString &name, const QString &themeName = {});

private:
    QAction *make(Id id, const QString &text, const QList<QKeySequence> &keys, const QString &icon, const QString &tip);

    QWidget *m_window;
    QHash<Id, QAction *> m_actions;
    QList<Id> m_order;
};

} // namespace adreview
