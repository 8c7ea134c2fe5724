#include "import/ImportDialog.h"

#include "domain/Clock.h"
#include "import/CaseImporter.h"
#include "import/FileDrop.h"
#include "import/ImportFileModel.h"
#include "main/DatabaseJob.h"
#include "review/ReviewService.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

using State = ImportFile::State;

// The importer on the worker's connection; its events are recorded as the window's reviewer.
struct Importer {
    SystemClock clock;
    ReviewService review;
    CaseImporter importer;
    Importer(Database &db, const Identity &by) : review(db, clock, by), importer(db, review) {}
};

// Progress comes in two runs, bytes while the file is read, then records while they are written:
// each fills half the bar.
struct Phases {
    int index = 0;
    qint64 done = 0;
    int percent = -1;

    int percentOf(qint64 doneNow, qint64 total)
    {
        if (doneNow < done && index == 0)
            index = 1;
        done = doneNow;
        const qint64 half = total > 0 ? std::clamp<qint64>(doneNow * 50 / total, 0, 50) : 50;
        return int(index * 50 + half);
    }
};

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

// What an import run did, handed from the worker to the dialog.
struct ImportDialog::Outcome {
    QStringList imported;    // one summary per file written
    QStringList notImported; // one line per file refused or skipped
    QString cancelled;       // the file cancelled while it was written
    QString failure;         // the reason nothing could run
    int files = 0;
    int notStarted = 0; // files after the cancelled one
    bool changed = false;
    bool policiesAdded = false;
};

ImportDialog::ImportDialog(const QString &databasePath, const Identity &by, QWidget *parent)
    : QDialog(parent), m_databasePath(databasePath), m_by(by), m_model(new ImportFileModel(this)),
      m_job(new DatabaseJob(this))
{
    setWindowTitle(tr("Import Case Files"));
    setObjectName(u"importDialog"_s);
    setAcceptDrops(true);

    m_hint = new QLabel(tr("Files are imported one after another in the order listed, each whole or not at all: "
                           "advertisers before the cases that name them, cases before their evidence. Added files "
                           "are put in that order by their header row; Move Up and Move Down change it.\n"
                           "Files are checked against the database as it is now; a file that needs an earlier one is "
                           "checked again when that one is imported."),
                        this);
    m_hint->setObjectName(u"hint"_s);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(u"files"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Files to import"));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ImportFileModel::File, QHeaderView::Stretch);

    m_add = new QPushButton(tr("&Add Files…"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_up = new QPushButton(tr("Move &Up"), this);
    m_down = new QPushButton(tr("Move &Down"), this);
    m_add->setObjectName(u"add"_s);
    m_remove->setObjectName(u"remove"_s);
    m_up->setObjectName(u"moveUp"_s);
    m_down->setObjectName(u"moveDown"_s);
    auto *rowButtons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        rowButtons->addWidget(b);
    rowButtons->addStretch(1);

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(u"details"_s);
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setPlaceholderText(tr("Select a file to see what it would change, or each of its faults."));
    m_details->setAccessibleName(tr("The selected file's changes or faults"));

    m_busyText = new QLabel(this);
    m_busyText->setObjectName(u"busyText"_s);
    m_busyText->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"progress"_s);
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Progress of the file being checked or imported"));
    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busyText, 1);
    busyRow->addWidget(m_progress, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setTextFormat(Qt::PlainText); // file names and messages quote outside text
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->hide();

    m_buttons = new QDialogButtonBox(this);
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_import->setObjectName(u"import"_s);
    m_cancelButton->setObjectName(u"cancel"_s);
    m_cancelButton->setToolTip(tr("Stop the file being imported; nothing of it is written"));
    m_close->setObjectName(u"close"_s);
    m_import->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 3);
    layout->addLayout(rowButtons);
    layout->addWidget(m_details, 2);
    layout->addLayout(busyRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    resize(1040, 640);

    connect(m_add, &QPushButton::clicked, this, &ImportDialog::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &ImportDialog::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::cancelImport);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showDetails();
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int row = selectedRow();
        if (row >= from.row() && row <= to.row())
            showDetails();
        updateButtons();
    });
    showBusy({});
    updateButtons();
}

ImportDialog::~ImportDialog()
{
    // The importer stops at its next progress report and rolls back; the job waits for that.
    *m_closing = true;
    *m_cancel = true;
    delete m_job;
}

bool ImportDialog::checking() const
{
    return m_job->running() && !m_importing;
}

QString ImportDialog::summary() const
{
    return m_summary->isVisible() ? m_summary->text() : QString();
}

void ImportDialog::post(std::function<void()> step)
{
    QMetaObject::invokeMethod(this, std::move(step), Qt::QueuedConnection);
}

void ImportDialog::addFiles(const QStringList &paths)
{
    if (m_importing)
        return;
    const int before = m_model->rowCount();
    m_model->add(paths);
    if (m_model->rowCount() > before && selectedRow() < 0)
        m_table->selectRow(0);
    checkWaiting();
    updateButtons();
}

void ImportDialog::chooseFiles()
{
    const QStringList files =
        m_choose ? m_choose()
                 : QFileDialog::getOpenFileNames(this, tr("Import Case Files"), {}, tr("Case files (*.json *.csv)"));
    addFiles(files);
}

ImportProgress ImportDialog::progressFor(const QString &path, bool importing)
{
    // Runs on the worker: it only reads the flags and posts to the dialog.
    auto phases = std::make_shared<Phases>();
    return [this, path, importing, phases, cancel = m_cancel, closing = m_closing](qint64 done, qint64 total) {
        const int percent = phases->percentOf(done, total);
        if (percent != phases->percent) {
            phases->percent = percent;
            post([this, path, percent] { showProgress(path, percent); });
        }
        return !*closing && !(importing && *cancel);
    };
}

void ImportDialog::showProgress(const QString &path, int percent)
{
    m_progress->setValue(percent);
    m_model->setPercent(path, percent);
    emit progressed(path, percent);
}

void ImportDialog::showBusy(const QString &text)
{
    m_busyText->setText(text);
    m_busyText->setVisible(!text.isEmpty());
    m_progress->setVisible(!text.isEmpty());
    m_progress->setValue(0);
}

void ImportDialog::checkWaiting()
{
    if (m_job->running())
        return; // the files waiting now are checked when the running work is done
    QStringList paths;
    for (const ImportFile &f : m_model->files()) {
        if (f.state == State::Waiting)
            paths << f.path;
    }
    if (paths.isEmpty()) {
        showBusy({});
        updateButtons();
        return;
    }
    const auto work = [this, paths, by = m_by, closing = m_closing](const Result<Database *> &db) {
        std::unique_ptr<Importer> importer;
        if (db)
            importer = std::make_unique<Importer>(**db, by);
        for (const QString &path : paths) {
            if (*closing)
                return;
            post([this, path] {
                m_model->setState(path, State::Checking);
                showBusy(tr("Checking %1…").arg(fileName(path)));
            });
            const Result<ImportReport> r = importer ? importer->importer.preview(path, progressFor(path, false))
                                                    : Result<ImportReport>(db.error());
            post([this, path, r] { m_model->setResult(path, r, false); });
        }
    };
    m_job->start(m_databasePath, u"import-check"_s, work, [this] { checkWaiting(); });
    updateButtons();
}

void ImportDialog::startImport()
{
    if (m_job->running())
        return;
    struct Item {
        QString path;
        bool clean;
    };
    QList<Item> items;
    bool any = false;
    for (const ImportFile &f : m_model->files()) {
        if (f.state == State::Imported)
            continue;
        items.append({f.path, f.importable()});
        any = any || f.importable();
    }
    if (!any)
        return;
    *m_cancel = false;
    m_importing = true;
    m_summary->clear();
    m_summary->hide();
    auto outcome = std::make_shared<Outcome>();
    outcome->files = int(items.size());
    const auto work = [this, items, outcome, by = m_by, cancel = m_cancel](const Result<Database *> &db) {
        if (!db) {
            outcome->failure = db.error().message;
            return;
        }
        Importer importer(**db, by);
        for (qsizetype i = 0; i < items.size() && !*cancel; ++i) {
            const QString path = items[i].path;
            // A file with faults may pass once an earlier one is in: importing checks it again.
            if (!items[i].clean && !outcome->changed) {
                outcome->notImported << tr("%1: has faults (select it to read them)").arg(fileName(path));
                post([this, path] { m_model->setSkipped(path); });
                continue;
            }
            const QString busy = tr("Importing %1 (%2 of %3)…").arg(fileName(path)).arg(i + 1).arg(items.size());
            post([this, path, busy] {
                m_model->setState(path, State::Importing);
                showBusy(busy);
            });
            const Result<ImportReport> r = importer.importer.importFile(path, progressFor(path, true));
            if (!r && r.error().message == importCancelled(path).message) {
                outcome->cancelled = fileName(path);
                outcome->notStarted = int(items.size() - i - 1);
                post([this, path] { m_model->setCancelled(path); });
                break;
            }
            post([this, path, r] { m_model->setResult(path, r, true); });
            if (!r) {
                const QString message = r.error().message;
                outcome->notImported << (message.startsWith(path) ? fileName(path) + message.mid(path.size())
                                                                  : message);
                if (r.error().kind == ErrorKind::Unusable)
                    break; // the database itself is in trouble: the next file would fail the same way
                continue;
            }
            ImportReport named = *r;
            named.file = fileName(path);
            outcome->imported << named.summary();
            outcome->changed = outcome->changed || r->changedAnything();
            outcome->policiesAdded = outcome->policiesAdded || r->policiesAdded > 0;
        }
    };
    m_job->start(m_databasePath, u"import"_s, work, [this, outcome] { importDone(*outcome); });
    updateButtons();
}

void ImportDialog::cancelImport()
{
    if (!m_importing)
        return;
    *m_cancel = true;
    m_busyText->setText(tr("Cancelling…"));
    updateButtons();
}

void ImportDialog::importDone(const Outcome &out)
{
    m_importing = false;
    showBusy({});
    QStringList paragraphs;
    if (!out.failure.isEmpty())
        paragraphs << tr("Nothing was imported: %1").arg(out.failure);
    if (!out.imported.isEmpty())
        paragraphs << tr("Files imported: %1 of %2").arg(out.imported.size()).arg(out.files) + u'\n' +
                          out.imported.join(u'\n');
    if (!out.notImported.isEmpty())
        paragraphs << tr("Not imported:") + u'\n' + out.notImported.join(u'\n');
    if (!out.cancelled.isEmpty()) {
        QString cancelled = tr("Cancelled while importing %1: nothing of it was written.").arg(out.cancelled);
        if (out.notStarted > 0)
            cancelled += u' ' + tr("Files after it, not started: %1.").arg(out.notStarted);
        paragraphs << cancelled;
    }
    if (paragraphs.isEmpty())
        paragraphs << tr("Nothing was imported.");
    m_summary->setText(paragraphs.join(u"\n\n"_s));
    m_summary->show();
    if (out.changed) {
        // The database moved on: the files not imported are checked again against it.
        for (const ImportFile &f : m_model->files()) {
            if (f.state == State::Ready || f.state == State::Faulty || f.state == State::Cancelled)
                m_model->setState(f.path, State::Waiting);
        }
        emit imported(out.policiesAdded);
    }
    checkWaiting();
}

void ImportDialog::reject()
{
    if (m_importing) {
        cancelImport();
        return;
    }
    QDialog::reject(); // a running check stops when the dialog goes
}

void ImportDialog::updateButtons()
{
    const int row = selectedRow();
    const int rows = m_model->rowCount();
    bool waiting = false;
    bool importable = false;
    for (const ImportFile &f : m_model->files()) {
        waiting = waiting || f.state == State::Waiting || f.state == State::Checking;
        importable = importable || f.importable();
    }
    m_add->setEnabled(!m_importing);
    m_remove->setEnabled(!m_importing && row >= 0);
    m_up->setEnabled(!m_importing && row > 0);
    m_down->setEnabled(!m_importing && row >= 0 && row < rows - 1);
    m_import->setEnabled(!m_job->running() && !waiting && importable);
    m_cancelButton->setEnabled(m_importing && !*m_cancel);
    m_cancelButton->setVisible(m_importing);
    m_close->setEnabled(!m_importing);
}

int ImportDialog::selectedRow() const
{
    // One row at a time is selected, and it is the current one.
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ImportDialog::showDetails()
{
    m_details->setPlainText(m_model->details(selectedRow()));
}

void ImportDialog::moveSelected(int by)
{
    const int row = selectedRow();
    if (m_importing || !m_model->move(row, by))
        return;
    m_table->selectRow(row + by);
    updateButtons();
}

void ImportDialog::removeSelected()
{
    const int row = selectedRow();
    if (m_importing || row < 0)
        return;
    m_model->remove(row);
    if (m_model->rowCount() > 0)
        m_table->selectRow(std::min(row, m_model->rowCount() - 1));
    showDetails();
    updateButtons();
}

void ImportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    const FileDrop drop = FileDrop::of(event->mimeData());
    if (!m_importing && drop.accepted() && drop.bundles.isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void ImportDialog::dropEvent(QDropEvent *event)
{
    const FileDrop drop = FileDrop::of(event->mimeData());
    if (m_importing || !drop.accepted() || !drop.bundles.isEmpty())
        return event->ignore();
    event->acceptProposedAction();
    addFiles(drop.caseFiles);
}

} // namespace adreview
