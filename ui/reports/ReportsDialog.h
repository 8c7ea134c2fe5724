#pragma once

#include "reports/DsaExport.h"
#include "reports/Report.h"
#include "reports/ReportWriter.h"

#include <QDialog>

#include <atomic>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace adreview {

class ReportExport;
class ReportFilterForm;
class ReportThread;

// Decision reports for managers: filters, a live summary of what the report will hold, and
// export to CSV, PDF, HTML or JSON. The preview and the export run on threads of their own with
// their own connections, so the window stays responsive over a large database.
class ReportsDialog : public QDialog {
    Q_OBJECT

public:
    ReportsDialog(const QString &databasePath, const Clock &clock, QWidget *parent = nullptr);
    ~ReportsDialog() override;

    // Asks where to save the report; the default shows a file dialog. Empty: the user gave up.
    using PathChooser = std::function<QString(const QString &suggestedPath, ReportFormat format)>;
    void setPathChooser(PathChooser chooser) { m_choosePath = std::move(chooser); }

    // Asks for the new folder of the DSA statements; the default shows a file dialog. Empty: the
    // user gave up.
    using FolderChooser = std::function<QString(const QString &suggestedPath)>;
    void setFolderChooser(FolderChooser chooser) { m_chooseFolder = std::move(chooser); }
    // Whether to write the complete statements when some are incomplete; the default asks in a
    // message box listing them.
    using SkipQuestion = std::function<bool(const DsaExportResult &refused)>;
    void setSkipQuestion(SkipQuestion ask) { m_askSkip = std::move(ask); }

    ReportFilterForm *filterForm() const { return m_form; }
    ReportFilter filter() const;
    // The summary of the current filters, once the preview has caught up with them.
    const std::optional<ReportSummary> &preview() const { return m_preview; }
    bool exporting() const;
    QString statusText() const;

    void exportReport();     // the Export… button
    void exportStatements(); // the DSA Statements… button
    void cancelExport();
    void reject() override; // also stops a running export

    static constexpr int previewDelayMs = 250; // typing pauses this long before the preview runs

signals:
    void previewUpdated();
    void exportFinished(bool ok, const QString &pathOrError);
    void statementsExported(bool ok, const QString &summaryOrError);

private:
    QWidget *buildPreview();
    QWidget *buildExportRow();
    void loadChoices();
    void filtersChanged();
    void runPreview();
    void showPreview(const ReportSummary &summary);
    void showPreviewProblem(const QString &message);
    void exportDone(bool ok, bool cancelled, const QString &message);
    ReportFormat format() const;
    static QString formatLabel(ReportFormat format); // "CSV — one row per decision, for spreadsheets"
    QString suggestedPath() const;
    QString askPath(const QString &suggested, ReportFormat format);
    void writeStatements(const QString &folder, bool skipIncomplete);
    void statementsDone(const Result<DsaExportResult> &result, const QString &folder, bool skipIncomplete);

    ReportThread *m_previewThread;
    ReportExport *m_export;
    ReportFilterForm *m_form;
    QTimer *m_previewDelay;
    std::atomic<quint64> m_generation{0}; // read by preview jobs to skip stale requests
    std::optional<ReportSummary> m_preview;
    QLabel *m_previewState = nullptr;
    QList<QLabel *> m_figures;
    QComboBox *m_format = nullptr;
    QCheckBox *m_summaryOnly = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QString m_exportPath;
    PathChooser m_choosePath;
    FolderChooser m_chooseFolder;
    SkipQuestion m_askSkip;
    QPushButton *m_statementsButton = nullptr;
};

} // namespace adreview
