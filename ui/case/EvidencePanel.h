#pragma once

#include "domain/CaseFold.h"
#include "domain/Domain.h"
#include "main/ExternalActions.h"

#include <QWidget>

class QScrollArea;
class QTreeWidget;
class QTreeWidgetItem;

namespace adreview {

class Database;
class EvidenceDetail;

// One group of a case's evidence: a list (source, date, reliability, ...) and the detail of the
// selected item below it.
class EvidencePanel : public QWidget {
    Q_OBJECT

public:
    // The column beside the common ones: an advisory's reference number, or the item's kind
    // when the panel mixes kinds.
    enum class ExtraColumn { None, Reference, Kind };

    EvidencePanel(Database &db, const ExternalActions &actions, ExtraColumn extra, const QString &name,
                  QWidget *parent = nullptr);
    // The items as first recorded and the case's revisions of them: each is listed and shown as it
    // reads now. Selects the first item.
    void setItems(const QList<Evidence> &items, const QList<CaseFold::State::Revision> &revisions = {});
    void clear();
    int count() const { return int(m_items.size()); }
    QString selectedRef() const;
    bool selectRef(const QString &ref);
    QTreeWidget *list() const { return m_list; }
    QList<QWidget *> focusOrder() const;

signals:
    void reviseRequested(const QString &ref);

private:
    void showItem(QTreeWidgetItem *item);

    ExtraColumn m_extra;
    QList<Evidence> m_items;
    QList<CaseFold::State::Revision> m_revisions;
    QTreeWidget *m_list = nullptr;
    QScrollArea *m_scroll = nullptr;
    EvidenceDetail *m_detail = nullptr;
};

} // namespace adreview
