#pragma once

#include "domain/Clock.h"
#include "queue/QueueFilter.h"
#include "review/Identity.h"
#include "review/ReviewService.h"
#include "review/Settings.h"
#include "storage/Database.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QTimer;

namespace adreview {

class Actions;
class ActivityView;
class BulkFlow;
class CasePane;
class DatabaseJob;
class CaseQueueModel;
class DashboardView;
class DecisionFlow;
class FilterBar;
class ImportControl;
class QueueCounter;
class QueueView;
class ReportsDialog;
class ReviewService;
class SavedViewsControl;
class SyncControl;
class TeamSyncControl;

// The review window. It only wires the parts together: the filter bar and queue on the left, the
// case pane on the right, the actions in menus, toolbar and shortcuts, and settings restored.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(std::unique_ptr<Database> db, Identity identity, const QString &settingsFile = {},
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows a case in the pane and selects it in the queue when it is in view; false if unknown.
    bool selectCase(const QString &ref);
    bool openDatabase(const QString &path, Database::OpenMode mode = Database::OpenMode::MustExist);
    // Merges sync bundles into the open database as File → Sync → Import Bundles… does, with its
    // summary: the bundles opened with the program (adreview FILE.adrbundle, from the desktop).
    void importBundles(const QStringList &bundles);

    Database &database() const { return *m_db; }
    Actions *actions() const { return m_actions; }
    FilterBar *filterBar() const { return m_filterBar; }
    QueueView *queueView() const { return m_queue; }
    CaseQueueModel *queueModel() const { return m_model.get(); }
    CasePane *casePane() const { return m_pane; }
    DecisionFlow *decisions() const { return m_flow; }
    BulkFlow *bulk() const { return m_bulk; }
    DashboardView *dashboard() const { return m_dashboard; }
    ActivityView *activity() const { return m_activity; }
    QDockWidget *activityDock() const { return m_activityDock; }
    ReportsDialog *reportsDialog() const; // the open one, if any
    SyncControl *sync() const { return m_sync; }
    ImportControl *importer() const { return m_import; }
    TeamSyncControl *teamSync() const { return m_teamSync; }
    SavedViewsControl *savedViews() const { return m_views; }
    // Shows a saved view: its tab, filters, search and sort, less what this database lacks.
    void showSavedView(int index);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void setDatabase(std::unique_ptr<Database> db);
    void backUpDaily();
    void applyFilter(const QueueFilter &filter);
    void updateCounts(bool listAssignees = false);
    QList<QueueFilter> viewFilters() const; // what each saved view lists here
    void countViews();
    void saveView();
    void viewsChanged();
    void showCurrentCase(const QString &ref);
    // After a decision (or a reload): the queue, counts and case read again; `paneCurrent` when the
    // pane shows the case as it stands already.
    void afterDecision(const QString &ref, bool next, bool paneCurrent = false);
    void afterSubmitted(const ReviewService::Submitted &done, bool next);
    // "Record a change to this evidence…" on an item of the case shown.
    void reviseEvidence(const QString &ref);
    void afterBulk();
    void afterSync(bool policiesAdded);
    void updateActions();
    void updateStatus();
    void waitForMidnight();
    void reportError(const Error &error);
    void rememberDatabase(const QString &path);
    void fillRecentMenu();
    void chooseAndOpen(bool create);
    void followDashboard(const QString &databasePath);
    void showDashboard(bool visible);
    void showActivity(bool visible);
    void followActivity();
    void refreshActivity();
    void showReports();
    void showPreferences();
    void showShortcuts();
    void showAbout();
    void saveSettings();
    void restoreSettings();
    static QStringList queueTitles();
    QString leftViewNotice() const; // the pane's line for a case that left the queue's view // the queue's column
                                    // titles in the window's language

    std::unique_ptr<Database> m_db;
    Identity m_identity;
    Settings m_settings;
    SystemClock m_clock;
    std::unique_ptr<ReviewService> m_review;
    std::unique_ptr<CaseQueueModel> m_model;
    std::unique_ptr<QueueCounter> m_counter;
    DatabaseJob *m_backupJob = nullptr; // the daily backup
    QTimer *m_midnight = nullptr;       // reads the queue again when the day changes
    Actions *m_actions = nullptr;
    FilterBar *m_filterBar = nullptr;
    QueueView *m_queue = nullptr;
    CasePane *m_pane = nullptr;
    DecisionFlow *m_flow = nullptr;
    BulkFlow *m_bulk = nullptr;
    QSplitter *m_splitter = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_dbLabel = nullptr;
    QLabel *m_whoLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QDockWidget *m_dashboardDock = nullptr;
    DashboardView *m_dashboard = nullptr;
    QDockWidget *m_activityDock = nullptr;
    ActivityView *m_activity = nullptr;
    bool m_activityStale = false; // events were written while it was hidden
    QPointer<ReportsDialog> m_reports;
    SyncControl *m_sync = nullptr;
    ImportControl *m_import = nullptr;
    TeamSyncControl *m_teamSync = nullptr;
    SavedViewsControl *m_views = nullptr;
    QList<QueueFilter> m_countedViews; // as last asked of the counter
};

} // namespace adreview
