#include "sync/TeamSyncControl.h"

#include "main/DatabaseJob.h"
#include "storage/Database.h"
#include "storage/Quarantine.h"
#include "storage/ServerMarks.h"
#include "sync/TeamServerDialog.h"
#include "team/ServerConnection.h"
#include "team/ServerSync.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

// A saved address (key=value, from ServerConnection::withoutPassword) with a bound on how long a
// connection attempt may take, unless the user set one: an unreachable server makes the status
// say "offline" within seconds instead of leaving a sync hanging.
QString withTimeout(const QString &address)
{
    return address.contains(u"connect_timeout"_s) ? address : address + u" connect_timeout='10'"_s;
}

// The value, or `fallback` when it could not be read: the status bar shows what it can.
template <typename T>
T valueOr(Result<T> result, T fallback)
{
    return result ? std::move(*result) : std::move(fallback);
}

} // namespace

// What a sync did, handed from the worker to the window.
struct TeamSyncControl::Outcome {
    QString path;
    bool ok = false;
    bool offline = false;
    bool needsPassword = false;
    QString where;
    QString error;
    ServerSync::Report report;
    bool pulled = false; // the pull ran: the report holds what went both ways, also after a refused push
};

TeamSyncControl::TeamSyncControl(QMainWindow *window, QAction *settings, QAction *syncNowAction)
    : QObject(window), m_window(window), m_syncNow(syncNowAction), m_job(new DatabaseJob(this)),
      m_timer(new QTimer(this)), m_status(new QLabel(window))
{
    m_status->setObjectName(u"teamSyncStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Team server sync"));
    m_status->hide();
    window->statusBar()->addPermanentWidget(m_status);
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] { syncNow(false); });
    connect(settings, &QAction::triggered, this, &TeamSyncControl::showSettings);
    connect(syncNowAction, &QAction::triggered, this, [this] { syncNow(true); });
}

TeamSyncControl::~TeamSyncControl()
{
    delete m_job;
}

bool TeamSyncControl::running() const
{
    return m_job->running();
}

TeamServerDialog *TeamSyncControl::settingsDialog() const
{
    return m_dialog;
}

void TeamSyncControl::setInterval(int ms)
{
    m_timer->setInterval(ms);
}

void TeamSyncControl::setDatabase(Database *db, const QString &reviewer)
{
    m_db = db;
    m_reviewer = reviewer;
    auto address = ServerMarks(*db).serverAddress();
    const QString next = address ? *address : QString();
    if (next != m_address)
        m_password.clear();
    m_address = next;
    m_state = State::Idle;
    m_problem.clear();
    if (m_address.isEmpty()) {
        m_timer->stop();
    } else {
        m_timer->start();
        QTimer::singleShot(2000, this, [this] { syncNow(false); }); // soon after opening, then every few minutes
    }
    refreshStatus();
}

void TeamSyncControl::refreshStatus()
{
    if (!m_db || m_address.isEmpty()) {
        m_status->hide();
        return;
    }
    ServerMarks marks(*m_db);
    const qint64 toSend = valueOr(marks.toSend(m_reviewer), qint64(0));
    const qint64 held = valueOr(Quarantine(*m_db).count(), qint64(0));
    const QString count = tr("%n to send", nullptr, int(std::min<qint64>(toSend, INT_MAX)));
    QString text;
    switch (m_state) {
    case State::Syncing:
        text = tr("syncing…");
        break;
    case State::Offline:
        text = tr("offline — %1").arg(count);
        break;
    case State::Failed:
        text = tr("not synced — %1").arg(count);
        break;
    case State::NeedsPassword:
        text = tr("password needed — %1").arg(count);
        break;
    case State::Idle:
    case State::Synced: {
        const QDateTime last = valueOr(marks.lastPulled(), QDateTime()).toLocalTime();
        if (!last.isValid()) {
            text = tr("not synced yet — %1").arg(count);
            break;
        }
        // Hours and minutes ("synced 12:04"), with the day when it was not today.
        const QString hours = last.time().toString(u"HH:mm"_s);
        const QString when = last.date() == QDate::currentDate()
                                 ? hours
                                 : QLocale().toString(last.date(), QLocale::ShortFormat) + u' ' + hours;
        text = toSend > 0 ? tr("synced %1 · %2").arg(when, count) : tr("synced %1").arg(when);
        break;
    }
    }
    if (held > 0)
        text += u" · "_s + tr("%n set aside", nullptr, int(std::min<qint64>(held, INT_MAX)));
    m_status->setText(text);
    QString tip = tr("Team server: %1").arg(m_address);
    if (!m_problem.isEmpty())
        tip += u"\n"_s + m_problem;
    if (held > 0)
        tip += u"\n"_s + tr("Events refused here are listed in File → Sync → Team Server…");
    m_status->setToolTip(tip);
    m_status->show();
}

void TeamSyncControl::syncNow(bool byHand)
{
    if (!m_db || running())
        return;
    if (m_address.isEmpty()) {
        if (byHand)
            showSettings();
        return;
    }
    auto outcome = std::make_shared<Outcome>();
    outcome->path = m_db->path();
    const auto work = [address = withTimeout(m_address), password = m_password, outcome](const Result<Database *> &db) {
        if (!db) {
            outcome->error = db.error().message;
            return;
        }
        auto server = ServerConnection::open(address, password);
        if (!server) {
            outcome->needsPassword = ServerConnection::needsPassword(server.error());
            outcome->offline = server.error().kind == ErrorKind::Unusable;
            outcome->error = server.error().message;
            return;
        }
        outcome->where = (*server)->displayAddress();
        ServerSync sync(**db, **server);
        const auto run = [&]() -> Status {
            if (auto ok = sync.connect(); !ok)
                return ok;
            // A push the server or this laptop refuses (a device whose history parted from the
            // server's) does not keep the others' work from arriving: the pull goes on, then the
            // refusal is told.
            auto pushed = sync.push();
            if (!pushed && pushed.error().kind != ErrorKind::Rejected)
                return pushed.error();
            auto pulled = sync.pull();
            if (!pulled)
                return pulled.error();
            outcome->report = *pulled;
            outcome->pulled = true;
            outcome->report.eventsPushed = sync.lastPush().eventsPushed;
            outcome->report.casesPushed = sync.lastPush().casesPushed;
            if (!pushed)
                return pushed.error();
            return {};
        };
        const Status synced = run();
        outcome->ok = bool(synced);
        if (!synced) {
            outcome->offline = synced.error().kind == ErrorKind::Unusable;
            outcome->error = synced.error().message;
        }
    };
    if (!m_job->start(m_db->path(), u"team-sync"_s, work, [this, outcome, byHand] { done(*outcome, byHand); }))
        return;
    m_syncNow->setEnabled(false);
    m_state = State::Syncing;
    refreshStatus();
}

void TeamSyncControl::done(const Outcome &out, bool byHand)
{
    m_syncNow->setEnabled(true);
    if (!m_db || out.path != m_db->path())
        return; // another database was opened meanwhile: this one's status is read afresh
    if (out.ok) {
        m_state = State::Synced;
        m_problem.clear();
        if (out.report.eventsPulled > 0)
            emit pulled(out.report.policiesAdded > 0);
        const QString summary = out.where + u": "_s + out.report.summary();
        if (byHand)
            m_window->statusBar()->showMessage(summary, 15000);
        if (!out.report.heldNow.isEmpty())
            showBox(true, tr("The team server sent %n event(s) that this laptop refuses. They are set aside, with the "
                             "events that follow them, and never merged; File → Sync → Team Server… lists them.",
                             nullptr, int(out.report.heldNow.size())) +
                              u"\n\n"_s + summary);
        else if (!out.report.refused.isEmpty())
            showBox(true, tr("The team server sent %n record(s) that this laptop refuses; they were left out.", nullptr,
                             int(out.report.refused.size())) +
                              u"\n\n"_s + summary);
        refreshStatus();
        emit finished(true, summary);
        return;
    }
    m_problem = out.error;
    if (out.needsPassword) {
        m_state = State::NeedsPassword;
        refreshStatus();
        if (!byHand)
            return; // the next Sync Now asks
        std::optional<QString> given;
        if (m_askPassword) {
            given = m_askPassword(m_address);
        } else {
            bool ok = false;
            const QString text = QInputDialog::getText(
                m_window, tr("Team Server Password"),
                tr("Password for the team server (kept only while AdReview runs):"), QLineEdit::Password, {}, &ok);
            if (ok)
                given = text;
        }
        if (given && !given->isEmpty()) {
            m_password = *given;
            syncNow(true);
        }
        return;
    }
    if (out.report.eventsPulled > 0)
        emit pulled(out.report.policiesAdded > 0); // merged before the refusal of the push was told
    m_state = out.offline ? State::Offline : State::Failed;
    refreshStatus();
    if (byHand)
        showBox(true, out.pulled ? out.error + u"\n\n"_s + out.where + u": "_s + out.report.summary() : out.error);
    emit finished(false, out.error);
}

void TeamSyncControl::showBox(bool warning, const QString &text)
{
    if (m_box)
        m_box->close();
    m_box = new QMessageBox(warning ? QMessageBox::Warning : QMessageBox::Information, tr("Team server sync"), text,
                            QMessageBox::Ok, m_window);
    m_box->setObjectName(u"teamSyncResult"_s);
    m_box->setTextFormat(Qt::PlainText); // the server's messages and outside names
    m_box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_box->setAttribute(Qt::WA_DeleteOnClose);
    m_box->open();
}

void TeamSyncControl::showSettings()
{
    if (!m_db || m_dialog)
        return;
    m_dialog =
        new TeamServerDialog(m_address, m_password, valueOr(Quarantine(*m_db).all(), QList<HeldEvent>{}), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        m_password = m_dialog->password();
        saveAddress(m_dialog->address());
    });
    m_dialog->open();
}

void TeamSyncControl::saveAddress(const QString &typed)
{
    QString address;
    if (!typed.isEmpty()) {
        QString typedPassword;
        auto saved = ServerConnection::withoutPassword(typed, &typedPassword);
        if (!saved) {
            showBox(true, saved.error().message);
            return;
        }
        address = *saved;
        if (m_password.isEmpty())
            m_password = typedPassword; // used while AdReview runs, never saved
    }
    if (auto ok = ServerMarks(*m_db).setServerAddress(address); !ok) {
        showBox(true, ok.error().message);
        return;
    }
    m_address = address;
    m_state = State::Idle;
    m_problem.clear();
    if (m_address.isEmpty()) {
        m_timer->stop();
        refreshStatus();
        return;
    }
    m_timer->start();
    syncNow(true);
}

} // namespace adreview
