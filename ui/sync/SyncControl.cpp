#include "sync/SyncControl.h"

#include "domain/Clock.h"
#include "main/DatabaseJob.h"
#include "storage/Database.h"
#include "sync/SyncBundle.h"
#include "sync/SyncMerge.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace adreview {

// What a sync did, handed from the worker to the window.
struct SyncControl::Outcome {
    bool exporting = false;
    QStringList done;   // one summary per bundle written or merged
    QStringList failed; // one message per bundle refused, or the reason nothing ran
    QStringList newConflicts;
    bool merged = false;
    bool policiesAdded = false;
    QStringList needTrust;       // bundles refused only for devices not trusted yet
    QList<NewDevice> newDevices; // theirs
};

SyncControl::SyncControl(QMainWindow *window, QList<QAction *> actions)
    : QObject(window), m_window(window), m_actions(std::move(actions)), m_job(new DatabaseJob(this))
{
    m_busy = new QProgressBar(window);
    m_busy->setObjectName(u"syncBusy"_s);
    m_busy->setAccessibleName(tr("Sync in progress"));
    m_busy->setRange(0, 0); // no count to show: busy until done
    m_busy->setMaximumWidth(140);
    m_busyText = new QLabel(window);
    m_busyText->setTextFormat(Qt::PlainText);
    m_busyText->setAccessibleName(tr("Sync status"));
    window->statusBar()->addPermanentWidget(m_busyText);
    window->statusBar()->addPermanentWidget(m_busy);
    m_busy->hide();
    m_busyText->hide();
}

SyncControl::~SyncControl()
{
    delete m_job;
}

bool SyncControl::running() const
{
    return m_job->running();
}

QString SyncControl::suggestedName(const QString &device, const QDate &day)
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]+"_s);
    QString name = device;
    name.replace(unsafe, u"-"_s);
    if (name.isEmpty() || name.startsWith(u'.'))
        name.prepend(u"device"_s);
    return u"adreview-%1-%2.%3"_s.arg(name, day.toString(Qt::ISODate), suffix());
}

QMessageBox *SyncControl::resultBox() const
{
    return m_box;
}

QString SyncControl::askSave(const QString &suggested)
{
    if (m_chooseSave)
        return m_chooseSave(suggested);
    QFileDialog dialog(m_window, tr("Export Sync Bundle"), suggested);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(suffix());
    dialog.setNameFilters({tr("AdReview sync bundles (*.%1)").arg(suffix()), tr("All files (*)")});
    dialog.selectFile(suggested);
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles().value(0) : QString();
}

QStringList SyncControl::askOpen()
{
    if (m_chooseOpen)
        return m_chooseOpen();
    return QFileDialog::getOpenFileNames(m_window, tr("Import Sync Bundles"), {},
                                         tr("AdReview sync bundles (*.%1);;All files (*)").arg(suffix()));
}

void SyncControl::exportBundle(const QString &databasePath, const Identity &by)
{
    if (running())
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString path = askSave(QDir(folder).filePath(suggestedName(by.device, QDate::currentDate())));
    if (path.isEmpty())
        return;
    const QString busy = tr("Writing %1…").arg(QFileInfo(path).fileName());
    run(databasePath, true, busy, [by, path](Database &db, Outcome &out) {
        const SystemClock clock;
        auto written = SyncBundle::write(db, by, clock, path, {});
        if (written)
            out.done << written->summary();
        else
            out.failed << written.error().message;
    });
}

void SyncControl::importBundles(const QString &databasePath, const QStringList &bundles)
{
    if (running())
        return;
    const QStringList files = bundles.isEmpty() ? askOpen() : bundles;
    if (files.isEmpty())
        return;
    merge(databasePath, files, false);
}

void SyncControl::merge(const QString &databasePath, const QStringList &files, bool trust)
{
    m_databasePath = databasePath;
    const QString busy = tr("Merging %n bundle(s)…", nullptr, int(files.size()));
    run(databasePath, false, busy, [files, trust, by = m_trustedBy](Database &db, Outcome &out) {
        SyncMerge merge(db);
        if (trust)
            merge.trustNewDevices(by);
        for (const QString &file : files) {
            auto report = merge.importFile(file);
            if (!report && !merge.untrusted().isEmpty()) {
                out.needTrust << file;
                for (const NewDevice &d : merge.untrusted()) {
                    if (std::none_of(out.newDevices.cbegin(), out.newDevices.cend(),
                                     [&](const NewDevice &n) { return n.device == d.device; }))
                        out.newDevices << d;
                }
                continue;
            }
            if (!report) {
                out.failed << report.error().message;
                if (report.error().kind == ErrorKind::Unusable)
                    break; // the database itself is in trouble: the next bundle would fail the same way
                continue;
            }
            out.done << report->summary();
            out.newConflicts += report->newConflicts;
            out.merged = true;
            out.policiesAdded = out.policiesAdded || report->policiesAdded > 0;
        }
    });
}

void SyncControl::run(const QString &databasePath, bool exporting, const QString &busyText,
                      std::function<void(Database &, Outcome &)> job)
{
    if (m_box)
        m_box->close();
    auto outcome = std::make_shared<Outcome>();
    outcome->exporting = exporting;
    const auto work = [job = std::move(job), outcome](const Result<Database *> &db) {
        if (db)
            job(**db, *outcome);
        else
            outcome->failed << db.error().message;
    };
    if (!m_job->start(databasePath, u"sync"_s, work, [this, outcome] { done(*outcome); }))
        return;
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(false);
    m_busyText->setText(busyText);
    m_busyText->show();
    m_busy->show();
    m_window->statusBar()->showMessage(busyText);
}

void SyncControl::askTrust(const Outcome &out)
{
    // Like ssh's first connection to a host: the fingerprints, to check with their owners.
    QStringList lines;
    for (const NewDevice &d : out.newDevices)
        lines << u"• "_s + d.describe();
    QStringList files;
    for (const QString &file : out.needTrust)
        files << QFileInfo(file).fileName();
    QString text = tr("%1 bring(s) decisions from devices this database does not trust yet:").arg(files.join(u", "_s)) +
                   u"\n\n"_s + lines.join(u'\n') + u"\n\n"_s +
                   tr("Trust a device only when its owner confirms the key fingerprint (adreview device show, or "
                      "Preferences on their machine). Trusting them is recorded in this database with your name.");
    if (!out.done.isEmpty() || !out.failed.isEmpty())
        text += u"\n\n"_s + tr("Meanwhile: %1").arg((out.done + out.failed).join(u'\n'));
    m_trustBox =
        new QMessageBox(QMessageBox::Question, tr("Trust new devices?"), text, QMessageBox::NoButton, m_window);
    m_trustBox->setObjectName(u"trustDevices"_s);
    m_trustBox->setTextFormat(Qt::PlainText); // device and reviewer names are outside text
    m_trustBox->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *trust = m_trustBox->addButton(tr("Trust and Merge"), QMessageBox::AcceptRole);
    trust->setObjectName(u"trustAndMerge"_s);
    QPushButton *refuse = m_trustBox->addButton(tr("Do Not Merge"), QMessageBox::RejectRole);
    refuse->setObjectName(u"doNotMerge"_s);
    m_trustBox->setDefaultButton(refuse);
    m_trustBox->setAttribute(Qt::WA_DeleteOnClose);
    const QStringList pending = out.needTrust;
    connect(m_trustBox, &QMessageBox::buttonClicked, this, [this, trust, pending](QAbstractButton *clicked) {
        if (clicked == trust)
            merge(m_databasePath, pending, true);
        else
            emit finished(false, tr("Not merged: the bundle brings devices this database does not trust"));
    });
    m_trustBox->open();
}

void SyncControl::done(const Outcome &out)
{
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(true);
    m_busy->hide();
    m_busyText->hide();
    m_window->statusBar()->clearMessage();
    if (out.merged)
        emit imported(out.policiesAdded);
    if (!out.needTrust.isEmpty()) {
        askTrust(out);
        return;
    }

    QStringList paragraphs;
    if (out.exporting) {
        if (!out.done.isEmpty())
            paragraphs << tr("Wrote the bundle: %1").arg(out.done.join(u'\n'));
    } else if (!out.done.isEmpty()) {
        paragraphs << tr("Merged %n bundle(s):", nullptr, int(out.done.size())) + u'\n' + out.done.join(u'\n');
    }
    if (!out.newConflicts.isEmpty())
        paragraphs << tr("%n case(s) now in conflict, listed under Conflicts: %1", nullptr,
                         int(out.newConflicts.size()))
                          .arg(out.newConflicts.join(u", "_s));
    if (!out.failed.isEmpty())
        paragraphs << (out.exporting ? tr("No bundle was written:") : tr("Refused:")) + u'\n' + out.failed.join(u'\n');
    const bool ok = out.failed.isEmpty();
    const QString message = paragraphs.join(u"\n\n"_s);

    m_box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning,
                            out.exporting ? tr("Sync export") : tr("Sync import"), message, QMessageBox::Ok, m_window);
    m_box->setObjectName(u"syncResult"_s);
    m_box->setTextFormat(Qt::PlainText); // file names and messages quote outside text
    m_box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_box->setAttribute(Qt::WA_DeleteOnClose);
    m_box->open();
    emit finished(ok, message);
}

} // namespace adreview
