#pragma once

#include "case/CaseFileKind.h"
#include "domain/Result.h"
#include "import/ImportPlan.h"

#include <QAbstractTableModel>

#include <optional>

namespace adreview {

// One file in the Import dialog: what checking it found, then what importing it did.
struct ImportFile {
    enum class State {
        Waiting,     // to be checked
        Checking,    // a preview is running
        Ready,       // checked: importing it would write what the report says
        Faulty,      // checked: it has faults (or cannot be read), so it is not imported as it is
        Importing,   // being written
        Imported,    // written; the report says what it did
        NotImported, // an import was tried and refused, or skipped for the faults above
        Cancelled,   // cancelled while it was written: nothing of it stays
    };

    QString path;
    CaseFileKind::Kind kind = CaseFileKind::Json;
    State state = State::Waiting;
    std::optional<ImportReport> report; // the latest preview's or the import's counts
    std::optional<Error> error;         // why it is faulty or was not imported
    int percent = 0;                    // while importing

    // Could be imported now: checked and clean, or cancelled before (and clean when checked).
    bool importable() const { return state == State::Ready || (state == State::Cancelled && report); }
    int faultCount() const;
};

// The files the Import dialog lists, in the order they will be imported. Every text shown is plain.
class ImportFileModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { File, Kind, Advertisers, Cases, Evidence, Events, Changed, Unchanged, Faults, Status, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Adds the files not listed yet, each before the first listed file of a later rank, so that
    // advertisers come before cases and cases before evidence. Returns how many were added.
    int add(const QStringList &paths);
    void remove(int row);
    bool move(int row, int by); // swaps with a neighbour; false at either end

    const ImportFile &file(int row) const { return m_files.at(row); }
    const QList<ImportFile> &files() const { return m_files; }
    int rowOf(const QString &path) const;
    QStringList paths() const;

    void setState(const QString &path, ImportFile::State state);
    void setPercent(const QString &path, int percent);
    // A finished preview (importing false) or import (true) of the file.
    void setResult(const QString &path, const Result<ImportReport> &result, bool importing);
    void setCancelled(const QString &path);
    void setSkipped(const QString &path);

    // The selected file's details for the pane below the table: what it would add, change and
    // leave, or each fault on a line of its own.
    QString details(int row) const;
    QString statusText(const ImportFile &file) const;

private:
    void changed(int row);
    QString counts(const ImportReport &report, bool done) const;

    QList<ImportFile> m_files;
};

} // namespace adreview
