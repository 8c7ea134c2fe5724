#include "case/EvidenceDetail.h"

#include "case/AttachmentView.h"
#include "case/RevisionText.h"
#include "domain/EvidenceKinds.h"
#include "import/ImportPlan.h"
#include "widgets/DisplayText.h"
#include "widgets/PlainLabel.h"
#include "widgets/VocabularyText.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adreview {

EvidenceDetail::EvidenceDetail(Database &db, const ExternalActions &actions, QWidget *parent)
    : QWidget(parent), m_actions(actions)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    m_placeholder = new PlainLabel(tr("Evidence details"), this);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    outer->addWidget(m_placeholder);

    m_body = new QWidget(this);
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->addLayout(m_form);
    m_ref = addRow(tr("Item"), u"evidenceRef"_s);
    m_kind = addRow(tr("Kind"), u"evidenceKind"_s);
    m_title = addRow(tr("Title"), u"evidenceTitle"_s);
    m_source = addRow(tr("Source"), u"evidenceSource"_s);
    m_sourceCaption = static_cast<PlainLabel *>(m_form->labelForField(m_source));
    m_author = addRow(tr("Author"), u"evidenceAuthor"_s);
    m_reference = addRow(tr("Reference"), u"evidenceReference"_s);
    m_jurisdiction = addRow(tr("Jurisdiction"), u"evidenceJurisdiction"_s);
    m_status = addRow(tr("Status"), u"evidenceStatus"_s);
    m_date = addRow(tr("Date"), u"evidenceDate"_s);
    m_dateCaption = static_cast<PlainLabel *>(m_form->labelForField(m_date));
    m_url = addRow(tr("URL"), u"evidenceUrl"_s);
    m_reliability = addRow(tr("Reliability"), u"evidenceReliability"_s);
    m_retrieved = addRow(tr("Retrieved"), u"evidenceRetrieved"_s);
    m_hash = addRow(tr("SHA-256"), u"evidenceHash"_s);
    m_hash->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_excerpt = new QPlainTextEdit(m_body);
    m_excerpt->setObjectName(u"excerpt"_s);
    m_excerpt->setAccessibleName(tr("Excerpt"));
    m_excerpt->setAccessibleDescription(tr("The passage of the source the evidence item rests on, as recorded"));
    m_excerpt->setReadOnly(true);
    m_excerpt->setPlaceholderText(tr("No excerpt."));
    m_excerpt->setTabChangesFocus(true);
    m_excerpt->setMaximumHeight(m_excerpt->fontMetrics().lineSpacing() * 7);
    auto *excerptCaption = new PlainLabel(tr("Excerpt"), m_body);
    excerptCaption->setText(tr("Excerpt:"));
    layout->addWidget(excerptCaption);
    layout->addWidget(m_excerpt);

    auto *buttons = new QHBoxLayout;
    m_openLink = new QPushButton(tr("Open link…"), m_body);
    m_openLink->setObjectName(u"openLink"_s);
    m_openLink->setAccessibleName(tr("Open link"));
    buttons->addWidget(m_openLink);
    m_revise = new QPushButton(tr("Record a change to this evidence…"), m_body);
    m_revise->setObjectName(u"reviseEvidence"_s);
    m_revise->setAccessibleName(tr("Record a change to this evidence"));
    m_revise->setToolTip(tr("A later revision of the item: a new status, a correction, a retraction. Decisions "
                            "that cite an earlier revision go to re-review."));
    m_revise->setAccessibleDescription(m_revise->toolTip());
    buttons->addWidget(m_revise);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_revisionsCaption = new PlainLabel(tr("Revisions"), m_body);
    m_revisionsCaption->setText(tr("Revisions, oldest first:"));
    m_revisions = new PlainLabel(tr("Revisions"), m_body);
    m_revisions->setObjectName(u"evidenceRevisions"_s);
    m_revisions->setWordWrap(true);
    m_revisions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_revisionsCaption);
    layout->addWidget(m_revisions);
    m_attachment = new AttachmentView(db, actions, m_body);
    layout->addWidget(m_attachment);
    layout->addStretch(1);
    outer->addWidget(m_body);
    connect(m_openLink, &QPushButton::clicked, this, &EvidenceDetail::openLink);
    connect(m_revise, &QPushButton::clicked, this, [this] {
        if (!m_item.ref.isEmpty())
            emit reviseRequested(m_item.ref);
    });
    clear();
}

PlainLabel *EvidenceDetail::addRow(const QString &caption, const QString &objectName)
{
    auto *captionLabel = new PlainLabel(caption, m_body);
    captionLabel->setText(tr("%1:").arg(caption));
    auto *value = new PlainLabel(caption, m_body);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(captionLabel, value);
    return value;
}

QList<QWidget *> EvidenceDetail::focusOrder() const
{
    return {m_excerpt, m_openLink, m_revise, m_attachment->findChild<QWidget *>(u"saveAttachment"_s),
            m_attachment->findChild<QWidget *>(u"openAttachment"_s)};
}

void EvidenceDetail::setRowShown(QWidget *field, bool shown)
{
    m_form->setRowVisible(field, shown);
}

void EvidenceDetail::clear(const QString &message)
{
    m_item = {};
    m_placeholder->setText(message.isEmpty() ? tr("Select an item to see its details.") : message);
    m_body->hide();
    m_placeholder->show();
    m_excerpt->clear();
    m_attachment->clear();
    m_revisions->clear();
}

void EvidenceDetail::setEvidence(const Evidence &original, const QList<CaseFold::State::Revision> &revisions)
{
    // Shown as it reads now; its link and file are the current reading's.
    const Evidence item = RevisionText::current(original, revisions);
    m_item = item;
    showRevisions(original, revisions);
    // Every field whole up to the importer's limits; what a sync bundle brings beyond them is cut,
    // since laying out a mebibyte of title would stall the pane.
    Evidence e = item;
    for (auto [field, max] : {std::pair{&e.title, limits::title},
                              {&e.source, limits::name},
                              {&e.author, limits::name},
                              {&e.reference, limits::shortText},
                              {&e.jurisdiction, limits::shortText},
                              {&e.status, limits::shortText},
                              {&e.url, 2048},
                              {&e.excerpt, limits::excerpt}})
        *field = DisplayText::capped(*field, max);
    m_placeholder->hide();
    m_body->show();
    m_ref->setText(e.ref);
    m_kind->setText(VocabularyText::kind(e.kind));
    m_title->setText(e.title);
    m_sourceCaption->setText(tr("%1:").arg(DisplayText::sourceCaption(e.kind)));
    m_sourceCaption->setAccessibleName(DisplayText::sourceCaption(e.kind));
    m_source->setAccessibleName(DisplayText::sourceCaption(e.kind));
    m_source->setText(DisplayText::orDash(e.source));
    m_dateCaption->setText(tr("%1:").arg(DisplayText::dateCaption(e.kind)));
    m_dateCaption->setAccessibleName(DisplayText::dateCaption(e.kind));
    m_date->setAccessibleName(DisplayText::dateCaption(e.kind));
    m_date->setText(DisplayText::orDash(e.date));
    // Rows for fields of other kinds stay hidden unless the item carries a value for them anyway.
    const EvidenceKindInfo &kind = evidencekinds::of(e.kind);
    setRowShown(m_author, kind.has(u"author"_s) || !e.author.isEmpty());
    setRowShown(m_reference, kind.has(u"reference"_s) || !e.reference.isEmpty());
    setRowShown(m_jurisdiction, kind.has(u"jurisdiction"_s) || !e.jurisdiction.isEmpty());
    setRowShown(m_status, kind.has(u"status"_s) || !e.status.isEmpty());
    m_author->setText(DisplayText::orDash(e.author));
    m_reference->setText(DisplayText::orDash(e.reference));
    m_jurisdiction->setText(DisplayText::orDash(e.jurisdiction));
    m_status->setText(DisplayText::orDash(VocabularyText::advisoryState(e.status)));
    m_url->setText(DisplayText::orDash(e.url));
    m_reliability->setText(DisplayText::orDash(VocabularyText::reliability(e.reliability)));
    m_retrieved->setText(e.retrieved.isValid() ? tr("%1 UTC").arg(DisplayText::utc(e.retrieved)) : u"—"_s);
    m_hash->setText(DisplayText::orDash(e.contentHash));
    m_excerpt->setPlainText(e.excerpt);

    const QString refusal = linkRefusal(item.url);
    m_openLink->setEnabled(refusal.isEmpty());
    m_openLink->setToolTip(refusal.isEmpty() ? tr("Opens the address in your web browser after you confirm it.")
                                             : refusal);
    m_openLink->setAccessibleDescription(m_openLink->toolTip());
    m_attachment->setEvidence(item);
}

void EvidenceDetail::showRevisions(const Evidence &original, const QList<CaseFold::State::Revision> &revisions)
{
    QStringList lines;
    Evidence before = original;
    bool wasRetracted = false;
    for (const CaseFold::State::Revision &r : revisions) {
        if (r.ref != original.ref)
            continue;
        const auto revision = RevisionText::read(r.text);
        const QString change = revision ? RevisionText::change(before, wasRetracted, *revision) : tr("unreadable");
        QString line = tr("%1 UTC — %2 on %3: %4")
                           .arg(DisplayText::utc(r.at), DisplayText::isolate(DisplayText::oneLine(r.reviewer)),
                                DisplayText::isolate(DisplayText::oneLine(r.device)), change);
        if (revision && revision->effective.isValid())
            line += u'\n' + tr("Effective %1").arg(revision->effective.toString(Qt::ISODate));
        line += u'\n' + tr("Why: %1").arg(DisplayText::oneLine(r.rationale));
        lines << line;
        if (revision) {
            before = revision->applied(original);
            wasRetracted = revision->retracted;
        }
    }
    const bool any = !lines.isEmpty();
    if (any) {
        lines.prepend(tr("As first recorded: “%1”, status %2, retrieved %3 UTC")
                          .arg(DisplayText::oneLine(DisplayText::capped(original.title, 200)),
                               RevisionText::stateName(original.status), DisplayText::utc(original.retrieved)));
        if (wasRetracted)
            lines.prepend(tr("Retracted."));
    }
    m_revisions->setText(lines.join(u"\n\n"_s));
    m_revisionsCaption->setVisible(any);
    m_revisions->setVisible(any);
}

QString EvidenceDetail::linkRefusal(const QString &text)
{
    if (text.trimmed().isEmpty())
        return tr("This item has no link.");
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return tr("The link is not a valid address, so it cannot be opened.");
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return scheme.isEmpty() ? tr("Only http and https links can be opened; this link names no scheme.")
                                : tr("Only http and https links can be opened; this link is a “%1” link.").arg(scheme);
    if (url.host().isEmpty())
        return tr("The link names no web site, so it cannot be opened.");
    return {};
}

void EvidenceDetail::openLink()
{
    if (!linkRefusal(m_item.url).isEmpty())
        return;
    // The user confirms exactly what will be opened: the address as sent, hidden characters
    // and international host names spelled out.
    const QUrl url(m_item.url, QUrl::StrictMode);
    const QString shown = url.toString(QUrl::FullyEncoded);
    const QString question = tr("Open this address in your web browser?\n\n%1").arg(shown);
    if (!m_actions.confirm || !m_actions.confirm(question))
        return;
    if (m_actions.openUrl)
        m_actions.openUrl(url);
}

} // namespace adreview
