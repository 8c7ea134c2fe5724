#include "reports/ReportsDialog.h"

#include "reports/ReportCharts.h"
#include "reports/ReportExport.h"
#include "reports/ReportFilterForm.h"
#include "reports/ReportText.h"
#include "reports/ReportThread.h"
#include "reports/pdf/PdfReportDocument.h"
#include "storage/PolicyRepository.h"
#include "widgets/PlainLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

enum Figure { Decisions, Outcomes, Median, P90, Sla, Reinstatement, Backlog, FigureCount };

QString share(qint64 part, qint64 whole)
{
    return whole > 0 ? QLocale().toString(100.0 * double(part) / double(whole), 'f', 1) + u" %"_s : u"—"_s;
}

} // namespace

ReportsDialog::ReportsDialog(const QString &databasePath, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_previewThread(new ReportThread(databasePath, clock, u"report preview"_s, this)),
      m_export(new ReportExport(databasePath, clock, this)), m_form(new ReportFilterForm(clock.now().date(), this)),
      m_previewDelay(new QTimer(this))
{
    setWindowTitle(tr("Reports — %1").arg(QFileInfo(databasePath).fileName()));
    m_previewDelay->setSingleShot(true);
    m_previewDelay->setInterval(previewDelayMs);

    auto *filters = new QGroupBox(tr("Filters"), this);
    auto *filterLayout = new QVBoxLayout(filters);
    filterLayout->addWidget(m_form);
    auto *top = new QHBoxLayout;
    top->addWidget(filters, 5);
    top->addWidget(buildPreview(), 4);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buildExportRow());
    layout->addWidget(buttons);

    connect(m_form, &ReportFilterForm::changed, this, &ReportsDialog::filtersChanged);
    connect(m_previewDelay, &QTimer::timeout, this, &ReportsDialog::runPreview);
    connect(m_export, &ReportExport::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(1000 * done / total) : 0);
    });
    connect(m_export, &ReportExport::finished, this, &ReportsDialog::exportDone);
    resize(1000, 580);
    loadChoices();
}

ReportsDialog::~ReportsDialog() = default;

QWidget *ReportsDialog::buildPreview()
{
    auto *box = new QGroupBox(tr("Preview"), this);
    auto *layout = new QVBoxLayout(box);
    m_previewState = new PlainLabel(tr("Preview state"), box);
    m_previewState->setObjectName(u"previewState"_s);
    m_previewState->setWordWrap(true);
    layout->addWidget(m_previewState);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->addLayout(form);
    layout->addStretch(1);
    const QStringList captions{tr("Decisions:"),       tr("By outcome:"),   tr("Median time to decision:"),
                               tr("90th percentile:"), tr("SLA breaches:"), tr("Reinstatement rate:"),
                               tr("Backlog now:")};
    const QStringList names{u"previewDecisions"_s, u"previewOutcomes"_s,      u"previewMedian"_s, u"previewP90"_s,
                            u"previewSla"_s,       u"previewReinstatement"_s, u"previewBacklog"_s};
    for (int i = 0; i < FigureCount; ++i) {
        auto *label = new PlainLabel(captions.at(i), box);
        label->setObjectName(names.at(i));
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(captions.at(i), label);
        m_figures << label;
    }
    return box;
}

QWidget *ReportsDialog::buildExportRow()
{
    auto *box = new QGroupBox(tr("Export"), this);
    m_format = new QComboBox(box);
    m_format->setObjectName(u"format"_s);
    m_format->setAccessibleName(tr("Format"));
    for (const ReportFormatInfo &f : reportFormats())
        m_format->addItem(formatLabel(f.format), f.name);
    m_summaryOnly = new QCheckBox(tr("Summary only"), box);
    m_summaryOnly->setObjectName(u"summaryOnly"_s);
    m_summaryOnly->setToolTip(tr("The PDF without the decisions table and statements of reasons"));
    m_summaryOnly->setEnabled(false);
    m_exportButton = new QPushButton(tr("&Export…"), box);
    m_exportButton->setObjectName(u"export"_s);
    m_statementsButton = new QPushButton(tr("DSA &Statements…"), box);
    m_statementsButton->setObjectName(u"dsaStatements"_s);
    m_statementsButton->setToolTip(
        tr("The statements of reasons of the period's bans, for the EU's DSA Transparency Database: files of at most "
           "100 in a new folder"));
    m_cancelButton = new QPushButton(tr("Cancel export"), box);
    m_cancelButton->setObjectName(u"cancelExport"_s);
    m_cancelButton->hide();
    m_progress = new QProgressBar(box);
    m_progress->setObjectName(u"progress"_s);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status = new PlainLabel(tr("Export status"), box);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *row = new QHBoxLayout;
    row->addWidget(m_format, 1);
    row->addWidget(m_summaryOnly);
    row->addWidget(m_exportButton);
    row->addWidget(m_statementsButton);
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancelButton);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addWidget(m_status);

    connect(m_format, &QComboBox::currentIndexChanged, this,
            [this] { m_summaryOnly->setEnabled(reportFormatInfo(format()).summaryOnly); });
    connect(m_exportButton, &QPushButton::clicked, this, &ReportsDialog::exportReport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReportsDialog::cancelExport);
    connect(m_statementsButton, &QPushButton::clicked, this, &ReportsDialog::exportStatements);
    return box;
}

ReportFilter ReportsDialog::filter() const
{
    return m_form->filter();
}

bool ReportsDialog::exporting() const
{
    return m_export->running();
}

QString ReportsDialog::statusText() const
{
    return m_status->text();
}

void ReportsDialog::loadChoices()
{
    // The reviewers are those who decided something: the by-reviewer counts of every decision,
    // which is also the preview of the filters the dialog opens with.
    const quint64 generation = ++m_generation;
    m_previewState->setText(tr("Reading the database…"));
    m_previewThread->post([this, generation](ReportEngine *engine, const QString &openError) {
        if (!engine) {
            QMetaObject::invokeMethod(
                this, [this, openError] { showPreviewProblem(openError); }, Qt::QueuedConnection);
            return;
        }
        auto policies = PolicyRepository(engine->database()).all();
        auto all = engine->summary(ReportFilter{});
        QMetaObject::invokeMethod(
            this,
            [this, generation, policies, all] {
                if (!policies || !all)
                    return showPreviewProblem(!policies ? policies.error().message : all.error().message);
                m_form->setPolicies(*policies);
                QStringList reviewers;
                for (const ReportCount &c : all->byReviewer)
                    reviewers << c.key;
                reviewers.sort(Qt::CaseInsensitive);
                m_form->setReviewers(reviewers);
                if (generation == m_generation)
                    showPreview(*all);
            },
            Qt::QueuedConnection);
    });
}

void ReportsDialog::filtersChanged()
{
    ++m_generation; // any answer on its way is for other filters
    m_preview.reset();
    m_previewState->setText(tr("Updating…"));
    m_previewDelay->start();
}

void ReportsDialog::runPreview()
{
    if (!m_form->hasOutcome())
        return showPreviewProblem(tr("Tick at least one outcome."));
    const quint64 generation = m_generation;
    const ReportFilter f = filter();
    m_previewThread->post([this, generation, f](ReportEngine *engine, const QString &openError) {
        if (generation != m_generation)
            return; // the filters changed again while this waited
        Result<ReportSummary> summary = Error::unusable(openError);
        if (engine) {
            Status valid = engine->validate(f);
            summary = valid ? engine->summary(f) : Result<ReportSummary>(valid.error());
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, summary] {
                if (generation != m_generation)
                    return;
                if (summary)
                    showPreview(*summary);
                else
                    showPreviewProblem(summary.error().message);
            },
            Qt::QueuedConnection);
    });
}

void ReportsDialog::showPreview(const ReportSummary &s)
{
    m_preview = s;
    const QLocale locale;
    QStringList outcomes;
    for (const ReportCount &c : s.byOutcome)
        outcomes << tr("%1 %2").arg(locale.toString(c.count), ReportCharts::outcomeName(c.key).toLower());
    const QString rate = s.reinstatementRate < 0 ? tr("— (no bans)")
                                                 : tr("%1 % (%2 of %3 bans)")
                                                       .arg(locale.toString(s.reinstatementRate * 100, 'f', 1),
                                                            locale.toString(s.reinstatements), locale.toString(s.bans));
    const QStringList values{
        locale.toString(s.decisions),
        outcomes.join(u", "_s),
        PdfReportDocument::duration(s.medianMs),
        PdfReportDocument::duration(s.p90Ms),
        tr("%1 (%2 of decisions)").arg(locale.toString(s.slaBreaches), share(s.slaBreaches, s.decisions)),
        rate,
        tr("%Ln undecided cases", nullptr, int(s.backlog))};
    for (int i = 0; i < FigureCount; ++i)
        m_figures.at(i)->setText(values.at(i));
    m_previewState->setText(tr("Decisions in the report: %1").arg(ReportText::describe(s.filter)));
    emit previewUpdated();
}

void ReportsDialog::showPreviewProblem(const QString &message)
{
    m_preview.reset();
    m_previewState->setText(message);
    for (QLabel *l : std::as_const(m_figures))
        l->setText(u"—"_s);
}

QString ReportsDialog::formatLabel(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Csv:
        return tr("CSV — one row per decision, for spreadsheets");
    case ReportFormat::Pdf:
        return tr("PDF — summary, charts, decisions and reasons");
    case ReportFormat::Html:
        return tr("HTML — one self-contained page");
    case ReportFormat::Json:
        return tr("JSON — for other programs");
    }
    return reportFormatName(format);
}

ReportFormat ReportsDialog::format() const
{
    return reportFormatFromName(m_format->currentData().toString()).value_or(ReportFormat::Csv);
}

QString ReportsDialog::suggestedPath() const
{
    const ReportFilter f = filter();
    const QString period =
        f.from.isValid() ? u"%1-to-%2"_s.arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate)) : u"all-time"_s;
    return QDir::home().filePath(u"decisions-%1.%2"_s.arg(period, reportFormatName(format())));
}

QString ReportsDialog::askPath(const QString &suggested, ReportFormat fmt)
{
    if (m_choosePath)
        return m_choosePath(suggested, fmt);
    const QString ext = reportFormatName(fmt);
    QFileDialog dialog(this, tr("Export Report"), suggested);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(ext);
    dialog.setNameFilters({tr("%1 files (*.%2)").arg(ext.toUpper(), ext), tr("All files (*)")});
    dialog.selectFile(suggested);
    return dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty() ? dialog.selectedFiles().first()
                                                                                   : QString();
}

void ReportsDialog::exportReport()
{
    if (exporting())
        return;
    if (!m_form->hasOutcome()) {
        m_status->setText(tr("Tick at least one outcome to export."));
        return;
    }
    const ReportFormat fmt = format();
    const QString path = askPath(suggestedPath(), fmt);
    if (path.isEmpty())
        return;
    m_exportPath = path;
    const bool summaryOnly = reportFormatInfo(fmt).summaryOnly && m_summaryOnly->isChecked();
    if (!m_export->start(fmt, filter(), path, summaryOnly))
        return;
    m_progress->setRange(0, 0); // busy until the first rows are written
    m_progress->show();
    m_cancelButton->show();
    m_cancelButton->setEnabled(true);
    m_exportButton->setEnabled(false);
    m_status->setText(tr("Writing %1…").arg(path));
}

void ReportsDialog::exportStatements()
{
    if (exporting() || !m_statementsButton->isEnabled())
        return;
    const QString suggested =
        QFileInfo(m_previewThread->databasePath())
            .absoluteDir()
            .filePath(u"dsa-statements-%1"_s.arg(QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd-HHmm"_s)));
    QString folder;
    if (m_chooseFolder) {
        folder = m_chooseFolder(suggested);
    } else {
        QFileDialog dialog(this, tr("Export DSA Statements to a New Folder"), suggested);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setLabelText(QFileDialog::Accept, tr("Create"));
        dialog.selectFile(suggested);
        if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
            folder = dialog.selectedFiles().first();
    }
    if (!folder.isEmpty())
        writeStatements(folder, false);
}

void ReportsDialog::writeStatements(const QString &folder, bool skipIncomplete)
{
    m_statementsButton->setEnabled(false);
    m_exportButton->setEnabled(false);
    m_status->setText(tr("Writing the DSA statements to %1…").arg(folder));
    const ReportFilter f = filter();
    m_previewThread->post([this, f, folder, skipIncomplete](ReportEngine *engine, const QString &openError) {
        Result<DsaExportResult> result = Error::unusable(openError);
        if (engine) {
            DsaExportOptions options;
            options.skipIncomplete = skipIncomplete;
            result = DsaExport(engine->database(), engine->clock()).write(f, folder, options);
        }
        QMetaObject::invokeMethod(
            this, [this, result, folder, skipIncomplete] { statementsDone(result, folder, skipIncomplete); },
            Qt::QueuedConnection);
    });
}

void ReportsDialog::statementsDone(const Result<DsaExportResult> &result, const QString &folder, bool skipIncomplete)
{
    m_statementsButton->setEnabled(true);
    m_exportButton->setEnabled(true);
    if (!result) {
        m_status->setText(tr("The DSA statements were not written."));
        auto *box =
            new QMessageBox(QMessageBox::Critical, tr("Export failed"), result.error().message, QMessageBox::Ok, this);
        box->setObjectName(u"exportError"_s);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit statementsExported(false, result.error().message);
        return;
    }
    // Every decision left out, one line each, for the details of a message box.
    const auto listed = [](const QList<DsaLeftOut> &list, const QString &label) {
        QStringList lines;
        for (const DsaLeftOut &d : list)
            lines << tr("%1: %2 (%3), ban of %4 UTC: %5")
                         .arg(label, d.caseRef, d.advertiser, d.at.toString(u"yyyy-MM-dd HH:mm"_s), d.why);
        return lines;
    };
    const QStringList details = listed(result->incomplete, tr("incomplete")) +
                                listed(result->notSubmittable, tr("not submittable")) +
                                listed(result->disputed, tr("disputed"));
    if (result->refused && !skipIncomplete) {
        const bool skip = m_askSkip ? m_askSkip(*result) : [&] {
            QMessageBox box(QMessageBox::Warning, tr("Incomplete Statements"),
                            tr("%n ban(s) of the period lack what a statement of reasons needs; nothing was written.",
                               nullptr, int(result->incomplete.size())),
                            QMessageBox::NoButton, this);
            box.setInformativeText(tr("Write the complete statements and leave these out, or cancel and complete "
                                      "them first? The details list every one with what it lacks."));
            box.setDetailedText(details.join(u'\n'));
            box.setTextFormat(Qt::PlainText);
            QPushButton *write = box.addButton(tr("Write the Others"), QMessageBox::AcceptRole);
            box.addButton(QMessageBox::Cancel);
            box.exec();
            return box.clickedButton() == write;
        }();
        if (skip)
            return writeStatements(folder, true);
        m_status->setText(tr("No DSA statement was written: %n incomplete.", nullptr, int(result->incomplete.size())));
        emit statementsExported(false, m_status->text());
        return;
    }
    QString summary = result->written > 0
                          ? tr("Wrote %1 in %2 to %3.")
                                .arg(tr("%n statement(s)", nullptr, int(result->written)),
                                     tr("%n file(s)", nullptr, int(result->files.size())), result->folder)
                          : tr("No statement to write.");
    QStringList leftOut;
    if (!result->incomplete.isEmpty())
        leftOut << tr("%n incomplete", nullptr, int(result->incomplete.size()));
    if (!result->notSubmittable.isEmpty())
        leftOut << tr("%n decided before 2020", nullptr, int(result->notSubmittable.size()));
    if (!result->disputed.isEmpty())
        leftOut << tr("%n disputed", nullptr, int(result->disputed.size()));
    if (result->alreadyExported > 0)
        leftOut << tr("%n written by an earlier export", nullptr, int(result->alreadyExported));
    if (!leftOut.isEmpty())
        summary += u' ' + tr("Left out: %1 (the tooltip lists them).").arg(leftOut.join(u", "_s));
    m_status->setText(summary);
    m_status->setToolTip(details.join(u'\n'));
    emit statementsExported(true, m_status->text());
}

void ReportsDialog::cancelExport()
{
    if (!exporting())
        return;
    m_export->cancel();
    m_cancelButton->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void ReportsDialog::exportDone(bool ok, bool cancelled, const QString &message)
{
    m_progress->hide();
    m_cancelButton->hide();
    m_exportButton->setEnabled(true);
    if (ok) {
        m_status->setText(tr("Saved %1").arg(m_exportPath));
        emit exportFinished(true, m_exportPath);
        return;
    }
    if (cancelled) {
        m_status->setText(tr("Export cancelled; nothing was written."));
        emit exportFinished(false, message);
        return;
    }
    m_status->setText(tr("Export failed."));
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Export failed"), message, QMessageBox::Ok, this);
    box->setObjectName(u"exportError"_s);
    box->setTextFormat(Qt::PlainText); // the message may quote a file name or outside text
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit exportFinished(false, message);
}

void ReportsDialog::reject()
{
    // Closing stops a running export; the half-written file is discarded.
    if (exporting())
        m_export->cancel();
    QDialog::reject();
}

} // namespace adreview
