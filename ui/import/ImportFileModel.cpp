#include "import/ImportFileModel.h"

#include "widgets/DisplayText.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

using State = ImportFile::State;

// Messages start with the path the importer was given; the table already names the file.
QString shortened(const QString &message, const QString &path)
{
    return message.startsWith(path) ? QFileInfo(path).fileName() + message.mid(path.size()) : message;
}

// Tooltips take markup when they look like it: outside text is escaped and shown as it is.
QString plainToolTip(const QString &text)
{
    return u"<p style='white-space:pre-wrap'>%1</p>"_s.arg(text.toHtmlEscaped());
}

} // namespace

int ImportFile::faultCount() const
{
    if (!error)
        return 0;
    return error->details.isEmpty() ? 1 : int(error->details.size());
}

int ImportFileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int ImportFileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportFileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportFile &f = m_files.at(index.row());
    const int column = index.column();
    if (role == Qt::ToolTipRole) {
        if (column == File)
            return plainToolTip(f.path);
        if (column == Status && f.error)
            return plainToolTip(shortened(f.error->message, f.path));
        return {};
    }
    if (role == Qt::TextAlignmentRole && column >= Advertisers && column <= Faults)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const ImportReport *r = f.report ? &*f.report : nullptr;
    switch (column) {
    case File:
        return DisplayText::oneLine(QFileInfo(f.path).fileName());
    case Kind:
        return CaseFileKind::name(f.kind);
    case Advertisers:
        return r ? QVariant(r->advertisersAdded) : QVariant();
    case Cases:
        return r ? QVariant(r->casesAdded) : QVariant();
    case Evidence:
        return r ? QVariant(r->evidenceAdded) : QVariant();
    case Events:
        return r ? QVariant(r->eventsAdded) : QVariant();
    case Changed:
        return r ? QVariant(r->advertisersChanged + r->casesChanged) : QVariant();
    case Unchanged:
        return r ? QVariant(r->unchanged) : QVariant();
    case Faults:
        return f.error ? QVariant(f.faultCount()) : (r ? QVariant(0) : QVariant());
    case Status:
        return statusText(f);
    }
    return {};
}

QVariant ImportFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case File:
            return tr("File");
        case Kind:
            return tr("Kind");
        case Advertisers:
            return tr("New advertisers");
        case Cases:
            return tr("New cases");
        case Evidence:
            return tr("New evidence");
        case Events:
            return tr("New events");
        case Changed:
            return tr("Changed");
        case Unchanged:
            return tr("Unchanged");
        case Faults:
            return tr("Faults");
        case Status:
            return tr("Status");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case Changed:
            return tr("Advertisers and cases whose description the file changes");
        case Unchanged:
            return tr("Records already present as they are in the file");
        case Faults:
            return tr("Faults that keep the file from being imported; select the file to read them");
        default:
            break;
        }
    }
    return {};
}

QString ImportFileModel::statusText(const ImportFile &f) const
{
    switch (f.state) {
    case State::Waiting:
        return tr("Waiting to be checked");
    case State::Checking:
        return tr("Checking…");
    case State::Ready:
        return f.report && f.report->changedAnything() ? tr("Ready") : tr("Ready: nothing new");
    case State::Faulty:
        return f.error && !f.error->details.isEmpty() ? tr("Has faults") : tr("Cannot be imported");
    case State::Importing:
        return tr("Importing… %1%").arg(f.percent);
    case State::Imported:
        return tr("Imported");
    case State::NotImported:
        return f.error && !f.error->details.isEmpty() ? tr("Not imported: has faults") : tr("Not imported");
    case State::Cancelled:
        return tr("Cancelled: nothing written");
    }
    return {};
}

int ImportFileModel::add(const QStringList &paths)
{
    int added = 0;
    for (const QString &path : CaseFileKind::sorted(paths)) {
        if (rowOf(path) >= 0)
            continue;
        ImportFile f;
        f.path = path;
        f.kind = CaseFileKind::of(path);
        const int rank = CaseFileKind::rank(f.kind);
        int row = 0;
        while (row < m_files.size() && CaseFileKind::rank(m_files.at(row).kind) <= rank)
            ++row;
        beginInsertRows({}, row, row);
        m_files.insert(row, f);
        endInsertRows();
        ++added;
    }
    return added;
}

void ImportFileModel::remove(int row)
{
    if (row < 0 || row >= m_files.size())
        return;
    beginRemoveRows({}, row, row);
    m_files.removeAt(row);
    endRemoveRows();
}

bool ImportFileModel::move(int row, int by)
{
    const int to = row + by;
    if (by == 0 || row < 0 || row >= m_files.size() || to < 0 || to >= m_files.size())
        return false;
    // beginMoveRows names the row the moved one goes before, counted before the move.
    if (!beginMoveRows({}, row, row, {}, by > 0 ? to + 1 : to))
        return false;
    m_files.move(row, to);
    endMoveRows();
    return true;
}

int ImportFileModel::rowOf(const QString &path) const
{
    for (int row = 0; row < m_files.size(); ++row) {
        if (m_files.at(row).path == path)
            return row;
    }
    return -1;
}

QStringList ImportFileModel::paths() const
{
    QStringList out;
    for (const ImportFile &f : m_files)
        out << f.path;
    return out;
}

void ImportFileModel::changed(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ImportFileModel::setState(const QString &path, ImportFile::State state)
{
    const int row = rowOf(path);
    if (row < 0)
        return;
    m_files[row].state = state;
    m_files[row].percent = 0;
    changed(row);
}

void ImportFileModel::setPercent(const QString &path, int percent)
{
    const int row = rowOf(path);
    if (row < 0 || m_files.at(row).state != State::Importing)
        return;
    m_files[row].percent = percent;
    emit dataChanged(index(row, Status), index(row, Status));
}

void ImportFileModel::setResult(const QString &path, const Result<ImportReport> &result, bool importing)
{
    const int row = rowOf(path);
    if (row < 0)
        return;
    ImportFile &f = m_files[row];
    if (result) {
        f.report = *result;
        f.error.reset();
        f.state = importing ? State::Imported : State::Ready;
    } else {
        f.report.reset();
        f.error = result.error();
        f.state = importing ? State::NotImported : State::Faulty;
    }
    changed(row);
}

void ImportFileModel::setCancelled(const QString &path)
{
    setState(path, State::Cancelled);
}

void ImportFileModel::setSkipped(const QString &path)
{
    setState(path, State::NotImported);
}

QString ImportFileModel::counts(const ImportReport &r, bool done) const
{
    QStringList added;
    const auto add = [&](int n, const QString &what) {
        if (n > 0)
            added << what;
    };
    add(r.policiesAdded, tr("%n policy(ies)", nullptr, r.policiesAdded));
    add(r.advertisersAdded, tr("%n advertiser(s)", nullptr, r.advertisersAdded));
    add(r.casesAdded, tr("%n case(s)", nullptr, r.casesAdded));
    add(r.evidenceAdded, tr("%n evidence item(s)", nullptr, r.evidenceAdded));
    add(r.eventsAdded, tr("%n history event(s)", nullptr, r.eventsAdded));
    QStringList changedParts;
    const auto change = [&](int n, const QString &what) {
        if (n > 0)
            changedParts << what;
    };
    change(r.advertisersChanged, tr("%n advertiser(s)", nullptr, r.advertisersChanged));
    change(r.casesChanged, tr("%n case(s)", nullptr, r.casesChanged));
    const QString none = tr("nothing");
    const QString addedText = added.isEmpty() ? none : added.join(u", "_s);
    const QString changedText = changedParts.isEmpty() ? none : changedParts.join(u", "_s);
    QStringList lines;
    lines << (done ? tr("Added: %1").arg(addedText) : tr("Would add: %1").arg(addedText));
    lines << (done ? tr("Changed: %1").arg(changedText) : tr("Would change: %1").arg(changedText));
    lines << tr("Already present as in the file: %n record(s)", nullptr, r.unchanged);
    return lines.join(u'\n');
}

QString ImportFileModel::details(int row) const
{
    if (row < 0 || row >= m_files.size())
        return {};
    const ImportFile &f = m_files.at(row);
    QStringList lines{f.path, statusText(f)};
    if (f.error && f.state == State::Faulty && !f.error->details.isEmpty()) {
        // The importer's message says what importing did; this is only a check.
        lines << tr("Faults: %1. As it is, nothing of this file would be imported:").arg(f.faultCount());
        lines += f.error->details; // one fault a line, each naming its line and column or JSON path
    } else if (f.error) {
        lines << shortened(f.error->message, f.path);
        lines += f.error->details;
    } else if (f.report) {
        lines << counts(*f.report, f.state == State::Imported);
    }
    return lines.join(u'\n');
}

} // namespace adreview
