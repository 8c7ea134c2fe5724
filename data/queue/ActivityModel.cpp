#include "queue/ActivityModel.h"

#include "domain/Vocabulary.h"

#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace adreview {

ActivityModel::ActivityModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_headers{u"Time (UTC)"_s, u"Reviewer"_s, u"Device"_s,  u"Action"_s,
                                                       u"Case"_s,       u"Policy"_s,   u"Outcome"_s, u"Rationale"_s}
{
    (void)reread(); // a failure is kept in lastError() for the window to show
}

Status ActivityModel::setFilter(const ActivityFilter &filter)
{
    if (filter == m_filter && !m_error)
        return {};
    beginResetModel();
    m_filter = filter;
    auto ok = reread();
    endResetModel();
    return ok;
}

Status ActivityModel::refresh()
{
    beginResetModel();
    auto ok = reread();
    endResetModel();
    return ok;
}

Status ActivityModel::reread()
{
    m_pages.clear();
    m_recent.clear();
    m_bounds.clear();
    m_count = 0;
    m_complete = true;
    m_error.reset();
    auto rows = ActivityRepository(m_db).page(m_filter, std::nullopt, pageSize);
    if (!rows) {
        m_error = rows.error();
        return rows.error();
    }
    m_complete = rows->size() < pageSize;
    m_count = int(rows->size());
    if (!rows->isEmpty()) {
        m_bounds.append(Bounds{{rows->first().at, rows->first().id}, {rows->last().at, rows->last().id}});
        m_pages.insert(0, *rows);
        m_recent.append(0);
    }
    return {};
}

bool ActivityModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete && !m_error && !m_fetching;
}

void ActivityModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_bounds.isEmpty())
        return;
    // A view (or a tester) answering the insertion may ask for more again: one page at a time.
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    auto rows = ActivityRepository(m_db).page(m_filter, m_bounds.last().last, pageSize);
    if (!rows) {
        m_error = rows.error();
        return;
    }
    m_complete = rows->size() < pageSize;
    if (rows->isEmpty())
        return;
    const int page = int(m_bounds.size());
    beginInsertRows({}, m_count, m_count + int(rows->size()) - 1);
    m_bounds.append(Bounds{{rows->first().at, rows->first().id}, {rows->last().at, rows->last().id}});
    m_pages.insert(page, *rows);
    m_recent.append(page);
    m_count += int(rows->size());
    while (m_recent.size() > maxCachedPages)
        m_pages.remove(m_recent.takeFirst());
    endInsertRows();
}

const ActivityRow *ActivityModel::row(int index) const
{
    if (index < 0 || index >= m_count)
        return nullptr;
    const int page = index / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        // A page let go is read again from its own first key; events written since belong to
        // the top of the log and show after a refresh, so the page holds the rows it held.
        auto fetched = ActivityRepository(m_db).page(m_filter, m_bounds.value(page).first, pageSize, true);
        if (!fetched) {
            m_error = fetched.error();
            return nullptr;
        }
        m_pages.insert(page, *fetched);
        m_recent.append(page);
        while (m_recent.size() > maxCachedPages)
            m_pages.remove(m_recent.takeFirst());
        it = m_pages.find(page); // removing pages may have moved it within the hash
    } else if (m_recent.last() != page) {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    const int offset = index % pageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QString ActivityModel::caseRefAt(int index) const
{
    const ActivityRow *r = row(index);
    return r ? r->caseRef : QString();
}

void ActivityModel::setHeaders(const QStringList &headers)
{
    if (headers.size() != ColumnCount)
        return;
    m_headers = headers;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void ActivityModel::setWords(std::shared_ptr<const QueueWords> words)
{
    m_words = words ? std::move(words) : std::make_shared<const QueueWords>();
    if (m_count > 0)
        emit dataChanged(index(0, Action), index(m_count - 1, Outcome));
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityRow *r = row(index.row());
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return r->at.toString(u"yyyy-MM-dd HH:mm:ss"_s);
        case Reviewer:
            return r->reviewer;
        case Device:
            return r->device;
        case Action:
            return m_words->action(r->action);
        case Case:
            return r->caseRef;
        case Policy:
            return r->policy;
        case Outcome:
            return m_words->outcome(vocab::outcomeOf(r->action, r->outcome));
        case Rationale:
            return r->rationale;
        default:
            return {};
        }
    case CaseRefRole:
        return r->caseRef;
    case EventIdRole:
        return r->id;
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_headers.at(section);
}

} // namespace adreview
