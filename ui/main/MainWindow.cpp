#include "main/MainWindow.h"

#include "domain/CaseFold.h"

#include "activity/ActivityView.h"
#include "case/CasePane.h"
#include "case/RevisionDialog.h"
#include "decision/BulkDialog.h"
#include "decision/BulkFlow.h"
#include "decision/DecisionFlow.h"
#include "domain/DecisionRules.h"
#include "import/ImportControl.h"
#include "main/Actions.h"
#include "main/DatabaseJob.h"
#include "main/PreferencesDialog.h"
#include "main/ShortcutsDialog.h"
#include "queue/CaseQueueModel.h"
#include "queue/FilterBar.h"
#include "queue/QueueCounter.h"
#include "queue/QueueText.h"
#include "queue/QueueView.h"
#include "queue/SavedViewsControl.h"
#include "reports/DashboardView.h"
#include "reports/ReportsDialog.h"
#include "review/ReviewService.h"
#include "storage/Backups.h"
#include "storage/CaseRepository.h"
#include "storage/PolicyRepository.h"
#include "sync/SyncControl.h"
#include "sync/TeamServerDialog.h"
#include "sync/TeamSyncControl.h"
#include "widgets/VocabularyText.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

constexpr int maxRecent = 8;

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> db, Identity identity, const QString &settingsFile, QWidget *parent)
    : QMainWindow(parent), m_identity(std::move(identity)), m_settings(settingsFile)
{
    setWindowIcon(Actions::icon(u"app"_s));
    m_actions = new Actions(this);
    m_sync = new SyncControl(this, {m_actions->get(Actions::SyncExport), m_actions->get(Actions::SyncImport)});
    m_sync->setTrustedBy(m_identity.reviewer);
    m_import = new ImportControl(this, m_sync); // takes files dropped on the window too
    m_teamSync = new TeamSyncControl(this, m_actions->get(Actions::TeamServer), m_actions->get(Actions::SyncNow));
    buildMenus();
    m_dbLabel = new QLabel(this);
    m_whoLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"queueCount"_s);
    for (QLabel *l : {m_dbLabel, m_whoLabel, m_countLabel})
        l->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_dbLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_whoLabel);
    setDatabase(std::move(db));
    restoreSettings();
    // At midnight UTC time-limited restrictions end and reviews come due with no new event: the
    // queue, its counts and the case are read again, as after a decision.
    m_midnight = new QTimer(this);
    m_midnight->setSingleShot(true);
    m_midnight->setTimerType(Qt::VeryCoarseTimer);
    connect(m_midnight, &QTimer::timeout, this, [this] {
        afterDecision(m_pane->caseRef(), false);
        waitForMidnight();
    });
    waitForMidnight();
}

void MainWindow::waitForMidnight()
{
    const QDateTime now = m_clock.now();
    const QDateTime next = now.toUTC().date().addDays(1).startOfDay(Qt::UTC);
    m_midnight->start(std::chrono::milliseconds(now.msecsTo(next) + 1000));
}

MainWindow::~MainWindow()
{
    // Their worker threads read the clock and the database: they go before the members do.
    delete m_reports;
    delete m_dashboardDock;
    delete m_activityDock; // its model reads the database
}

void MainWindow::buildMenus()
{
    using A = Actions;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->get(A::NewDatabase));
    file->addAction(m_actions->get(A::OpenDatabase));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    file->addAction(m_actions->get(A::Import));
    file->addAction(m_actions->get(A::Reports));
    QMenu *sync = file->addMenu(tr("&Sync"));
    sync->addActions({m_actions->get(A::SyncExport), m_actions->get(A::SyncImport)});
    sync->addSeparator();
    sync->addActions({m_actions->get(A::TeamServer), m_actions->get(A::SyncNow)});
    file->addSeparator();
    file->addAction(m_actions->get(A::Preferences));
    file->addSeparator();
    file->addAction(m_actions->get(A::Quit));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (A::Id id : {A::NextCase, A::PreviousCase, A::Find, A::Reload})
        view->addAction(m_actions->get(id));
    view->addSeparator();
    view->addAction(m_actions->get(A::Dashboard));
    view->addAction(m_actions->get(A::Activity));
    view->addSeparator();
    view->addActions({m_actions->get(A::SaveView), m_actions->get(A::ManageViews)});
    view->addSeparator();
    m_views = new SavedViewsControl(this, m_settings, view); // lists the views from here on
    QMenu *decide = menuBar()->addMenu(tr("&Case"));
    decide->addActions(m_actions->caseActions());
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions->get(A::Shortcuts));
    help->addAction(m_actions->get(A::About));

    QToolBar *bar = addToolBar(tr("Decisions"));
    bar->setObjectName(u"decisions"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // The answers to a proposed ban stay in the menus: the toolbar keeps to what every case offers.
    for (QAction *a : m_actions->caseActions()) {
        if (a != m_actions->get(Actions::ApproveBan) && a != m_actions->get(Actions::RejectBan) &&
            a != m_actions->get(Actions::WithdrawProposal) && a != m_actions->get(Actions::Reaffirm) &&
            a != m_actions->get(Actions::Reverse))
            bar->addAction(a);
    }

    connect(m_actions->get(A::NewDatabase), &QAction::triggered, this, [this] { chooseAndOpen(true); });
    connect(m_actions->get(A::OpenDatabase), &QAction::triggered, this, [this] { chooseAndOpen(false); });
    connect(m_actions->get(A::Quit), &QAction::triggered, this, &QWidget::close);
    connect(m_actions->get(A::Preferences), &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_actions->get(A::Reports), &QAction::triggered, this, &MainWindow::showReports);
    connect(m_actions->get(A::Dashboard), &QAction::triggered, this, &MainWindow::showDashboard);
    connect(m_actions->get(A::Activity), &QAction::triggered, this, &MainWindow::showActivity);
    connect(m_actions->get(A::SaveView), &QAction::triggered, this, &MainWindow::saveView);
    connect(m_actions->get(A::ManageViews), &QAction::triggered, m_views, &SavedViewsControl::manage);
    connect(m_views, &SavedViewsControl::chosen, this, &MainWindow::showSavedView);
    connect(m_views, &SavedViewsControl::changed, this, &MainWindow::viewsChanged);
    connect(m_actions->get(A::SyncExport), &QAction::triggered, this,
            [this] { m_sync->exportBundle(m_db->path(), m_review->identity()); });
    connect(m_actions->get(A::SyncImport), &QAction::triggered, this, [this] { m_sync->importBundles(m_db->path()); });
    connect(m_sync, &SyncControl::imported, this, &MainWindow::afterSync);
    connect(m_teamSync, &TeamSyncControl::pulled, this, &MainWindow::afterSync);
    connect(m_actions->get(A::Import), &QAction::triggered, m_import, &ImportControl::chooseFiles);
    connect(m_import, &ImportControl::imported, this, &MainWindow::afterSync);
    connect(m_actions->get(A::Shortcuts), &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_actions->get(A::About), &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->get(A::NextCase), &QAction::triggered, this, [this] { m_queue->moveBy(1); });
    connect(m_actions->get(A::PreviousCase), &QAction::triggered, this, [this] { m_queue->moveBy(-1); });
    connect(m_actions->get(A::Find), &QAction::triggered, this, [this] {
        m_filterBar->searchBox()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->searchBox()->selectAll();
    });
    connect(m_actions->get(A::Reload), &QAction::triggered, this, [this] { afterDecision(m_pane->caseRef(), false); });
    const std::pair<A::Id, const char16_t *> decisions[] = {{A::Ban, u"ban"},
                                                            {A::Clear, u"clear"},
                                                            {A::Reinstate, u"reinstate"},
                                                            {A::Escalate, u"escalate"},
                                                            {A::ResolveConflict, u"resolve-conflict"},
                                                            {A::ApproveBan, u"approve"},
                                                            {A::RejectBan, u"reject"},
                                                            {A::WithdrawProposal, u"withdraw"},
                                                            {A::Reaffirm, u"reaffirm"},
                                                            {A::Reverse, u"reverse"},
                                                            {A::Annotate, u"annotate"}};
    // With several cases selected, an action that can be taken on many at once opens the bulk form.
    const auto several = [this] { return m_queue->selectedCount() > 1; };
    for (const auto &[id, action] : decisions) {
        const QString name = QString::fromUtf16(action);
        connect(m_actions->get(id), &QAction::triggered, this, [this, name, several] {
            if (several() && BulkDialog::actions().contains(name))
                m_bulk->start(name);
            else
                m_flow->start(name);
        });
    }
    connect(m_actions->get(A::AssignToMe), &QAction::triggered, this, [this, several] {
        if (several())
            m_bulk->start(u"assign"_s);
        else
            m_flow->assignToMe();
    });
}

void MainWindow::setDatabase(std::unique_ptr<Database> db)
{
    // Everything that reads the database is rebuilt around the new one.
    const QByteArray splitterState = m_splitter ? m_splitter->saveState() : QByteArray();
    // The same view of the other database, or the one the last session ended with.
    const QVariant saved = m_settings.value(Settings::Key::LastFilter);
    const QueueFilter filter =
        m_filterBar ? m_filterBar->filter() : (saved.isValid() ? QueueFilter::fromMap(saved.toMap()) : QueueFilter());
    const int shownView = m_filterBar ? m_filterBar->currentView() : -1;
    if (QWidget *old = centralWidget())
        old->deleteLater();
    delete m_flow;
    m_flow = nullptr;
    delete m_bulk; // waits for a run to stop after its case
    m_bulk = nullptr;
    m_counter.reset();
    m_model.reset();
    m_review.reset();
    if (m_activity)
        m_activity->setDatabase(nullptr);
    m_db = std::move(db);
    m_review = std::make_unique<ReviewService>(*m_db, m_clock, m_identity);
    m_import->setDatabase(m_db->path(), m_identity);
    m_teamSync->setDatabase(m_db.get(), m_identity.reviewer);
    m_model = std::make_unique<CaseQueueModel>(*m_db, m_clock, filter);
    m_model->setWords(std::make_shared<QueueText>());
    m_model->setRankInBackground(true);

    m_splitter = new QSplitter(this);
    auto *left = new QWidget(m_splitter);
    m_filterBar = new FilterBar(left);
    m_queue = new QueueView(left);
    m_queue->setQueueModel(m_model.get());
    m_queue->setContextActions(m_actions->caseActions());
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 0);
    leftLayout->addWidget(m_filterBar);
    leftLayout->addWidget(m_queue);
    m_pane = new CasePane(*m_db, m_clock, m_splitter);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_pane);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({760, 600}); // kept in proportion as the window is resized
    if (!splitterState.isEmpty())
        m_splitter->restoreState(splitterState);
    setCentralWidget(m_splitter);
    setTabOrder(m_filterBar->searchBox(), m_queue);

    QList<Policy> policies;
    if (auto all = PolicyRepository(*m_db).all(); all)
        policies = *all;
    m_filterBar->setPolicies(policies);
    QStringList viewNames, viewTips;
    for (const SavedView &v : m_views->views().list()) {
        viewNames << v.name;
        viewTips << SavedViewsControl::describe(v);
    }
    m_filterBar->setSavedViews(viewNames, viewTips);
    m_filterBar->setFilter(filter, shownView);
    m_counter = std::make_unique<QueueCounter>(m_db->path());
    connect(m_counter.get(), &QueueCounter::counted, m_filterBar, &FilterBar::setCounts);
    connect(m_counter.get(), &QueueCounter::assigneesListed, m_filterBar, &FilterBar::setAssignees);
    connect(m_counter.get(), &QueueCounter::viewsCounted, m_filterBar, &FilterBar::setViewCounts);
    // A view naming a reviewer who holds no case here lists without that filter once that is known.
    connect(m_counter.get(), &QueueCounter::assigneesListed, this, [this] {
        if (viewFilters() != m_countedViews)
            countViews();
    });
    connect(m_counter.get(), &QueueCounter::anchorsReady, m_model.get(), &CaseQueueModel::setAnchors);
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->needsAnchors())
            m_counter->requestAnchors(m_model->anchorRequest());
    });
    // The rest of a search whose first page was found by walking the queue, once scrolled to.
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_model->needsAnchors())
            m_counter->requestAnchors(m_model->anchorRequest());
        updateStatus();
    });
    // Best matches ranked, or ranked rows counted, between turns of the event loop.
    connect(m_model.get(), &CaseQueueModel::statusChanged, this, &MainWindow::updateStatus);
    connect(m_counter.get(), &QueueCounter::failed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Counting failed: %1").arg(message), 10000);
    });
    m_flow = new DecisionFlow(*m_review, policies, m_pane, this);
    connect(m_flow, &DecisionFlow::committed, this,
            [this](const QString &ref, bool next) { afterDecision(ref, next); });
    connect(m_flow, &DecisionFlow::decided, this, &MainWindow::afterSubmitted);
    m_bulk = new BulkFlow(*m_review, policies, m_queue, m_db->path(), m_clock, this);
    connect(m_bulk, &BulkFlow::finished, this, &MainWindow::afterBulk);
    connect(m_bulk, &BulkFlow::caseChosen, this, &MainWindow::selectCase);
    connect(m_queue->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_filterBar, &FilterBar::viewChosen, this, &MainWindow::showSavedView);
    connect(m_queue, &QueueView::currentCaseChanged, this, &MainWindow::showCurrentCase);
    connect(m_pane, &CasePane::caseLoaded, this, &MainWindow::updateActions);
    connect(m_pane, &CasePane::decisionRequested, m_flow, &DecisionFlow::start);
    connect(m_pane, &CasePane::reviseRequested, this, &MainWindow::reviseEvidence);

    setWindowTitle(tr("%1 — AdReview").arg(QFileInfo(m_db->path()).fileName()));
    rememberDatabase(m_db->path());
    followDashboard(m_db->path());
    followActivity();
    backUpDaily();
    applyFilter(m_filterBar->filter());
    countViews();
}

void MainWindow::backUpDaily()
{
    // Once a day, on a thread of its own with its own connection: the copy of a large file takes a
    // while, and the window is usable meanwhile.
    const QString path = m_db->path();
    if (!Backups(path).dailyDue())
        return;
    if (!m_backupJob)
        m_backupJob = new DatabaseJob(this);
    auto outcome = std::make_shared<Result<QString>>(QString());
    m_backupJob->start(
        path, u"daily backup"_s,
        [path, outcome](const Result<Database *> &db) {
            *outcome = db ? Backups(path).make(**db, u"daily"_s) : Result<QString>(db.error());
        },
        [this, outcome] {
            if (*outcome)
                statusBar()->showMessage(tr("Backed up to %1").arg(**outcome), 8000);
            else
                statusBar()->showMessage(tr("The daily backup failed: %1").arg(outcome->error().message), 15000);
        });
}

void MainWindow::applyFilter(const QueueFilter &filter)
{
    if (auto ok = m_model->setFilter(filter); !ok)
        reportError(ok.error());
    updateCounts();
    m_views->setCurrent(m_filterBar->currentView());
    m_queue->selectRow(0);
    if (m_model->rowCount() == 0)
        m_pane->clear();
    updateActions();
    updateStatus();
}

void MainWindow::updateCounts(bool listAssignees)
{
    m_counter->request(m_model->filter(), listAssignees);
}

QList<QueueFilter> MainWindow::viewFilters() const
{
    // Each view as showing it would list (less what this database lacks), dated as the queue is.
    const QStringList policies = m_filterBar->policyCodes();
    const auto assignees = m_filterBar->assignees();
    QList<QueueFilter> filters;
    for (const SavedView &v : m_views->views().list()) {
        QueueFilter f = v.fitTo(policies, assignees).filter;
        f.today = m_model->filter().today;
        filters << f;
    }
    return filters;
}

void MainWindow::countViews()
{
    m_countedViews = viewFilters();
    if (!m_countedViews.isEmpty())
        m_counter->requestViews(m_countedViews);
}

void MainWindow::showSavedView(int index)
{
    if (index < 0 || index >= m_views->views().size())
        return;
    const SavedView &view = m_views->views().at(index);
    const SavedView::Fit fit = view.fitTo(m_filterBar->policyCodes(), m_filterBar->assignees());
    m_filterBar->setFilter(fit.filter, index);
    m_queue->sortByColumn(view.sortColumn, view.sortOrder);
    applyFilter(m_filterBar->filter());
    QStringList missing;
    if (!fit.missingPolicy.isEmpty())
        missing << tr("this database has no policy %1").arg(fit.missingPolicy);
    if (!fit.missingAssignee.isEmpty())
        missing << tr("%1 holds no cases here").arg(fit.missingAssignee);
    if (!missing.isEmpty()) {
        statusBar()->showMessage(
            tr("Saved view “%1”: %2, so it lists cases regardless.").arg(view.name, missing.join(u"; "_s)), 15000);
    }
}

void MainWindow::saveView()
{
    SavedView view{{}, m_filterBar->filter(), m_model->sortColumn(), m_model->sortOrder()};
    view.filter.today = {};
    const int index = m_views->saveAs(view);
    if (index < 0)
        return;
    m_filterBar->setFilter(m_filterBar->filter(), index);
    m_views->setCurrent(index);
    const QString name = m_views->views().at(index).name;
    statusBar()->showMessage(index < SavedViewsControl::maxShortcuts
                                 ? tr("Saved the view “%1”: View menu or Ctrl+%2").arg(name).arg(index + 1)
                                 : tr("Saved the view “%1”: View menu").arg(name),
                             8000);
}

void MainWindow::viewsChanged()
{
    QStringList names, tips;
    for (const SavedView &v : m_views->views().list()) {
        names << v.name;
        tips << SavedViewsControl::describe(v);
    }
    m_filterBar->setSavedViews(names, tips);
    m_filterBar->setFilter(m_filterBar->filter(), m_views->current());
    countViews();
}

void MainWindow::showCurrentCase(const QString &ref)
{
    if (ref.isEmpty()) {
        m_pane->clear();
    } else if (auto shown = m_pane->showCase(ref); !shown) {
        reportError(shown.error());
    }
    updateActions();
}

bool MainWindow::selectCase(const QString &ref)
{
    if (auto shown = m_pane->showCase(ref); !shown)
        return false;
    // The case's row if it is near the top of the queue; otherwise no row claims to be it.
    const QSignalBlocker block(m_queue->selectionModel());
    m_queue->clearSelection();
    for (int row = 0; row < std::min(m_model->rowCount(), CaseQueueModel::pageSize * 4); ++row) {
        if (m_model->refAt(row) == ref) {
            m_queue->selectRow(row);
            break;
        }
    }
    updateActions();
    return true;
}

void MainWindow::afterSubmitted(const ReviewService::Submitted &done, bool next)
{
    // Staying on the decided case, the pane takes it from what the decision returned.
    const bool shown = !next && m_pane->caseRef() == done.record.ref;
    if (shown)
        m_pane->showDecided(done.record, done.events);
    afterDecision(done.record.ref, next, shown);
}

void MainWindow::reviseEvidence(const QString &ref)
{
    const QString caseRef = m_pane->caseRef();
    const QList<Evidence> &evidence = m_pane->evidence();
    const auto item = std::find_if(evidence.cbegin(), evidence.cend(), [&](const Evidence &e) { return e.ref == ref; });
    if (caseRef.isEmpty() || item == evidence.cend())
        return;
    auto *dialog = new RevisionDialog(*m_review, m_pane->record(), *item, m_pane->record().heads, this);
    dialog->setObjectName(u"revisionDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The queue, its counts and the case read again at once, as after a decision: cases citing the
    // item move to the Re-review tab.
    connect(dialog, &RevisionDialog::revised, this, [this, caseRef] { afterDecision(caseRef, false); });
    // The keyboard goes back to the window, its single-letter shortcuts with it.
    connect(dialog, &QDialog::finished, this, [this] { activateWindow(); });
    dialog->open();
}

void MainWindow::afterDecision(const QString &ref, bool next, bool paneCurrent)
{
    // The decided case's own row, even if the reviewer looked elsewhere while the dialog was open.
    const int cached = m_model->cachedRowOf(ref);
    const int row = cached >= 0 ? cached : (m_queue->currentIndex().isValid() ? m_queue->currentIndex().row() : 0);
    if (auto ok = m_model->refresh(); !ok)
        reportError(ok.error());
    updateCounts(true); // a decision can change who holds cases
    countViews();
    const bool stillHere = row < m_model->rowCount() && m_model->refAt(row) == ref;
    if (next) {
        // The decided case has usually left this tab, and the next one has taken its row.
        m_queue->selectRow(stillHere ? row + 1 : row);
    } else {
        {
            const QSignalBlocker block(m_queue->selectionModel());
            if (stillHere) {
                m_queue->selectRow(row);
            } else {
                m_queue->clearSelection();
                m_queue->resumeAt(row); // J and the arrows go on from the case that took its row
            }
        }
        if (paneCurrent)
            updateActions();
        else if (!ref.isEmpty())
            showCurrentCase(ref);
        // The pane keeps the case, saying it is not among the rows; no row claims to be it.
        if (!ref.isEmpty() && m_pane->caseRef() == ref) {
            bool left = false;
            if (!stillHere) {
                const auto held = m_model->holds(ref); // asked only when its row did not keep it
                left = held && !*held;
            }
            m_pane->setOutOfView(left ? leftViewNotice() : QString());
        }
    }
    updateStatus();
    m_teamSync->refreshStatus(); // one more to send
    if (m_dashboardDock->isVisible())
        m_dashboard->refresh();
    refreshActivity();
}

QString MainWindow::leftViewNotice() const
{
    const CaseRecord &c = m_pane->record();
    return tr("%1 is no longer in this view (%2): it is %3 now. J shows the next case of the view.")
        .arg(c.ref, FilterBar::tabTitle(m_model->filter().tab), VocabularyText::standing(c.state, c.outcome));
}

void MainWindow::afterBulk()
{
    // Thousands of cases may have changed, and reading them again is spread over turns of the
    // event loop so that none holds the window for long: first the window repaints as the
    // progress dialog leaves (from the rows it holds), then the queue is read again (which lets
    // the selection go) and its first page is read as it is painted — a walk past every case that
    // just left the tab — and last the case shown is read again. A timer, not a posted call: it
    // comes after the repaint the dialog's leaving asked for.
    QTimer::singleShot(std::chrono::milliseconds(10), this, [this] {
        if (auto ok = m_model->refresh(); !ok)
            reportError(ok.error());
        updateCounts(true);
        updateStatus();
        m_teamSync->refreshStatus();
        if (m_dashboardDock->isVisible())
            m_dashboard->refresh();
        refreshActivity();
        QTimer::singleShot(std::chrono::milliseconds(10), this, [this] { showCurrentCase(m_pane->caseRef()); });
    });
}

void MainWindow::importBundles(const QStringList &bundles)
{
    if (!bundles.isEmpty()) // none would ask for them
        m_sync->importBundles(m_db->path(), bundles);
}

void MainWindow::afterSync(bool policiesAdded)
{
    // New policies reach the filters and the decision form through a rebuild, which is put off
    // while a decision is being typed; the queue, counts and case are read again either way.
    if (policiesAdded && !m_flow->busy() && !m_bulk->busy()) {
        if (auto db = Database::open(m_db->path()); db)
            return setDatabase(std::move(*db));
    }
    afterDecision(m_pane->caseRef(), false);
}

void MainWindow::updateActions()
{
    using A = Actions;
    const bool has = !m_pane->caseRef().isEmpty();
    const CaseRecord none;
    const CaseRecord &c = has ? m_pane->record() : none;
    CaseStanding standing{c.state, c.outcome, c.source, c.advertiserStatus == u"banned"};
    standing.madeContested = has && m_pane->contested() && m_pane->contested()->reviewer == m_identity.reviewer;
    if (has) {
        const auto &proposal = m_pane->fold().proposal;
        standing.proposedIt = c.state == u"awaiting-approval" && proposal && proposal->reviewer == m_identity.reviewer;
        standing.rereview = !m_pane->fold().rereview.isEmpty();
    }
    // Several cases selected: the actions a bulk form takes, each case checked when it runs.
    const bool several = m_queue && m_queue->selectedCount() > 1;
    const auto allows = [&](const QString &action) {
        if (several)
            return BulkDialog::actions().contains(action);
        return has && DecisionRules::allows(action, standing);
    };
    m_actions->get(A::Ban)->setEnabled(allows(u"ban"_s));
    m_actions->get(A::Clear)->setEnabled(allows(u"clear"_s));
    m_actions->get(A::Reinstate)->setEnabled(allows(u"reinstate"_s));
    m_actions->get(A::Escalate)->setEnabled(allows(u"escalate"_s));
    m_actions->get(A::ResolveConflict)->setEnabled(allows(u"resolve-conflict"_s));
    m_actions->get(A::ApproveBan)->setEnabled(allows(u"approve"_s));
    m_actions->get(A::RejectBan)->setEnabled(allows(u"reject"_s));
    m_actions->get(A::WithdrawProposal)->setEnabled(allows(u"withdraw"_s));
    m_actions->get(A::Reaffirm)->setEnabled(allows(u"reaffirm"_s));
    m_actions->get(A::Reverse)->setEnabled(allows(u"reverse"_s));
    m_actions->get(A::Annotate)->setEnabled(allows(u"annotate"_s));
    m_actions->get(A::AssignToMe)->setEnabled(allows(u"assign"_s) && (several || c.assignee != m_identity.reviewer));
}

void MainWindow::updateStatus()
{
    m_dbLabel->setText(m_db->path());
    m_whoLabel->setText(tr("%1 on %2").arg(m_identity.reviewer, m_identity.device));
    if (m_model->ranking())
        m_countLabel->setText(tr("Ranking the best matches…"));
    else
        m_countLabel->setText(m_model->countKnown() ? tr("%Ln case(s) in view", nullptr, m_model->rowCount())
                                                    : tr("%Ln or more case(s) in view", nullptr, m_model->rowCount()));
}

void MainWindow::reportError(const Error &error)
{
    statusBar()->showMessage(error.message, 10000);
    if (error.kind != ErrorKind::Unusable)
        return;
    QMessageBox box(QMessageBox::Critical, tr("Database problem"), error.message, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("Nothing was changed. What you typed in an open dialog is kept; try again once the "
                              "problem is solved."));
    box.exec();
}

void MainWindow::rememberDatabase(const QString &path)
{
    QStringList recent = m_settings.value(Settings::Key::RecentDatabases).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecent)
        recent.removeLast();
    m_settings.setValue(Settings::Key::RecentDatabases, recent);
    m_settings.setValue(Settings::Key::LastDatabase, path);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.value(Settings::Key::RecentDatabases).toStringList();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(path);
        a->setEnabled(QFileInfo::exists(path));
        connect(a, &QAction::triggered, this, [this, path] { openDatabase(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
}

bool MainWindow::openDatabase(const QString &path, Database::OpenMode mode)
{
    if (m_flow && !m_flow->finish())
        return false;
    if (m_bulk && m_bulk->busy())
        return false; // the bulk action's form or run ends first
    auto db = Database::open(path, mode);
    if (!db) {
        QMessageBox box(QMessageBox::Critical, tr("Cannot open the database"), db.error().message, QMessageBox::Ok,
                        this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return false;
    }
    setDatabase(std::move(*db));
    return true;
}

void MainWindow::chooseAndOpen(bool create)
{
    const QString filter = tr("AdReview databases (*.sqlite *.db);;All files (*)");
    const QString path = create ? QFileDialog::getSaveFileName(this, tr("New Database"), {}, filter)
                                : QFileDialog::getOpenFileName(this, tr("Open Database"), {}, filter);
    if (path.isEmpty())
        return;
    if (create && QFileInfo::exists(path)) {
        QMessageBox box(QMessageBox::Warning, tr("New Database"),
                        tr("%1 already exists; open it with File → Open instead.").arg(path), QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText); // a file name is never markup
        box.exec();
        return;
    }
    openDatabase(path, create ? Database::OpenMode::CreateIfMissing : Database::OpenMode::MustExist);
}

void MainWindow::followDashboard(const QString &databasePath)
{
    if (m_dashboard) {
        m_dashboard->setDatabase(databasePath);
        return;
    }
    m_dashboardDock = new QDockWidget(tr("Dashboard"), this);
    m_dashboardDock->setObjectName(u"dashboardDock"_s); // its place is kept with the window state
    m_dashboard = new DashboardView(databasePath, m_clock, m_dashboardDock);
    m_dashboardDock->setWidget(m_dashboard);
    addDockWidget(Qt::BottomDockWidgetArea, m_dashboardDock);
    m_dashboardDock->hide();
    connect(m_dashboardDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        m_actions->get(Actions::Dashboard)->setChecked(!m_dashboardDock->isHidden());
        if (visible)
            m_dashboard->refresh();
    });
}

void MainWindow::followActivity()
{
    if (!m_activityDock) {
        m_activityDock = new QDockWidget(tr("Activity"), this);
        m_activityDock->setObjectName(u"activityDock"_s); // its place is kept with the window state
        m_activity = new ActivityView(m_clock, m_activityDock);
        m_activityDock->setWidget(m_activity);
        addDockWidget(Qt::BottomDockWidgetArea, m_activityDock);
        m_activityDock->hide();
        connect(m_activity, &ActivityView::caseChosen, this, &MainWindow::selectCase);
        connect(m_activityDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
            m_actions->get(Actions::Activity)->setChecked(!m_activityDock->isHidden());
            if (visible && (m_activityStale || !m_activity->model())) {
                m_activityStale = false;
                if (m_activity->model())
                    m_activity->refresh();
                else
                    m_activity->setDatabase(m_db.get());
            }
        });
    }
    // Hidden, it reads nothing: the window opens as quickly with it as without it.
    if (m_activityDock->isVisible())
        m_activity->setDatabase(m_db.get());
    else
        m_activityStale = true;
}

void MainWindow::refreshActivity()
{
    if (m_activityDock->isVisible())
        m_activity->refresh();
    else
        m_activityStale = true;
}

void MainWindow::showActivity(bool visible)
{
    m_activityDock->setVisible(visible);
    if (visible) {
        m_activityDock->raise();
        m_activity->table()->setFocus();
    }
}

void MainWindow::showDashboard(bool visible)
{
    m_dashboardDock->setVisible(visible);
    if (visible)
        m_dashboardDock->raise();
}

ReportsDialog *MainWindow::reportsDialog() const
{
    return m_reports;
}

void MainWindow::showReports()
{
    if (!m_reports) {
        // Not modal: reviewers keep working while a long export runs.
        m_reports = new ReportsDialog(m_db->path(), m_clock, this);
        m_reports->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_reports->show();
    m_reports->raise();
    m_reports->activateWindow();
}

void MainWindow::showPreferences()
{
    if ((m_flow && !m_flow->finish()) || (m_bulk && m_bulk->busy()))
        return;
    PreferencesDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Command-line and environment choices still win for this session.
    m_identity = Identity::resolve({}, {}, m_settings);
    if (auto db = Database::open(m_db->path()); db)
        setDatabase(std::move(*db));
    updateStatus();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog(m_actions->all(), this).exec();
}

void MainWindow::showAbout()
{
    QMessageBox box(QMessageBox::NoIcon, tr("About AdReview"),
                    tr("AdReview %1\nModeration review for advertising policy teams.\n\nDatabase: %2 (schema %3)\n"
                       "Qt %4, SQLite %5")
                        .arg(QCoreApplication::applicationVersion(), m_db->path())
                        .arg(m_db->schemaVersion())
                        .arg(QString::fromLatin1(qVersion()), m_db->sqliteVersion()),
                    QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.setIconPixmap(Actions::icon(u"app"_s).pixmap(64, 64));
    box.exec();
}

void MainWindow::saveSettings()
{
    m_settings.setValue(Settings::Key::WindowGeometry, saveGeometry());
    m_settings.setValue(Settings::Key::WindowState, saveState());
    m_settings.setValue(Settings::Key::SplitterState, m_splitter->saveState());
    m_settings.setValue(Settings::Key::QueueHeaderState, m_queue->horizontalHeader()->saveState());
    m_settings.setValue(Settings::Key::QueueHeaderTitles, queueTitles());
    // The next session starts on the same tab and filters, with an empty search box.
    QueueFilter last = m_filterBar->filter();
    last.search.clear();
    last.bestMatch = false;
    m_settings.setValue(Settings::Key::LastFilter, last.toMap());
}

void MainWindow::restoreSettings()
{
    if (!restoreGeometry(m_settings.value(Settings::Key::WindowGeometry).toByteArray()))
        resize(1360, 820);
    restoreState(m_settings.value(Settings::Key::WindowState).toByteArray());
    m_splitter->restoreState(m_settings.value(Settings::Key::SplitterState).toByteArray());
    m_queue->horizontalHeader()->restoreState(m_settings.value(Settings::Key::QueueHeaderState).toByteArray());
    // Widths saved in another language fit its words, not these: the columns are sized afresh
    // (their order, hidden columns and sort are kept).
    if (m_settings.value(Settings::Key::QueueHeaderTitles).toStringList() != queueTitles())
        m_queue->fitColumns();
}

QStringList MainWindow::queueTitles()
{
    const QueueText words;
    QStringList titles;
    for (int c = 0; c < CaseQueueModel::ColumnCount; ++c)
        titles << words.header(c);
    return titles;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_flow && !m_flow->finish()) {
        event->ignore(); // the reviewer kept editing a decision
        return;
    }
    saveSettings();
    event->accept();
}

} // namespace adreview
