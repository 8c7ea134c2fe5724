#pragma once

#include "domain/CaseFold.h"
#include "domain/Domain.h"
#include "main/ExternalActions.h"

#include <QWidget>

class QFormLayout;
class QPlainTextEdit;
class QPushButton;

namespace adreview {

class AttachmentView;
class Database;
class PlainLabel;

// Everything known about one evidence item: its metadata, the excerpt as plain text, its link
// (opened only after the user confirms the full address) and its attached file.
class EvidenceDetail : public QWidget {
    Q_OBJECT

public:
    EvidenceDetail(Database &db, const ExternalActions &actions, QWidget *parent = nullptr);
    // The item as first recorded and its revisions in fold order: the detail shows it as it reads
    // now, and the revisions after the original.
    void setEvidence(const Evidence &item, const QList<CaseFold::State::Revision> &revisions = {});
    void clear(const QString &message = {}); // the message shown instead; by default, "select an item"
    // The focusable controls in reading order, for the pane's tab chain.
    QList<QWidget *> focusOrder() const;

    // Why a link cannot be opened, or an empty string when it can (http or https with a host).
    static QString linkRefusal(const QString &url);

signals:
    // The reviewer asked to record a later revision of the item shown.
    void reviseRequested(const QString &ref);

private:
    PlainLabel *addRow(const QString &caption, const QString &objectName);
    void setRowShown(QWidget *field, bool shown);
    void openLink();
    void showRevisions(const Evidence &original, const QList<CaseFold::State::Revision> &revisions);

    const ExternalActions &m_actions;
    Evidence m_item;
    QFormLayout *m_form = nullptr;
    PlainLabel *m_placeholder = nullptr;
    PlainLabel *m_ref = nullptr;
    PlainLabel *m_kind = nullptr;
    PlainLabel *m_title = nullptr;
    PlainLabel *m_sourceCaption = nullptr;
    PlainLabel *m_source = nullptr;
    PlainLabel *m_author = nullptr;
    PlainLabel *m_reference = nullptr;
    PlainLabel *m_jurisdiction = nullptr;
    PlainLabel *m_status = nullptr;
    PlainLabel *m_dateCaption = nullptr;
    PlainLabel *m_date = nullptr;
    PlainLabel *m_url = nullptr;
    PlainLabel *m_reliability = nullptr;
    PlainLabel *m_retrieved = nullptr;
    PlainLabel *m_hash = nullptr;
    QPlainTextEdit *m_excerpt = nullptr;
    QPushButton *m_openLink = nullptr;
    QPushButton *m_revise = nullptr;
    PlainLabel *m_revisionsCaption = nullptr;
    PlainLabel *m_revisions = nullptr;
    AttachmentView *m_attachment = nullptr;
    QWidget *m_body = nullptr;
};

} // namespace adreview
