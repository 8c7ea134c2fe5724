#include "sync/TeamServerDialog.h"

#include "domain/EventHash.h"
#include "team/ServerConnection.h"
#include "team/ServerSync.h"
#include "widgets/VocabularyText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adreview {

TeamServerDialog::TeamServerDialog(const QString &address, const QString &password, const QList<HeldEvent> &held,
                                   QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Team Server"));
    setObjectName(u"teamServerDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Decisions made here are sent to the team's PostgreSQL server, and everyone else's "
                                "are taken from it, when you press Sync Now (Ctrl+Shift+S) and every few minutes "
                                "while the server can be reached. Leave the address empty to stop syncing."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_address = new QLineEdit(address, this);
    m_address->setObjectName(u"serverAddress"_s);
    m_address->setPlaceholderText(u"postgresql://db.example.org/team?sslmode=verify-full"_s);
    m_address->setMinimumWidth(420);
    form->addRow(tr("&Address:"), m_address);
    m_password = new QLineEdit(password, this);
    m_password->setObjectName(u"serverPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from ~/.pgpass or PGPASSWORD when empty"));
    m_password->setToolTip(tr("Kept only while AdReview runs; it is never saved."));
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    auto *testRow = new QHBoxLayout;
    m_testButton = new QPushButton(tr("&Test Connection"), this);
    m_testButton->setObjectName(u"testConnection"_s);
    testRow->addWidget(m_testButton);
    m_result = new QLabel(this);
    m_result->setObjectName(u"connectionResult"_s);
    m_result->setTextFormat(Qt::PlainText); // the server's own messages
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testRow->addWidget(m_result, 1);
    layout->addLayout(testRow);
    connect(m_testButton, &QPushButton::clicked, this, &TeamServerDialog::testConnection);

    auto *heldLabel = new QLabel(held.isEmpty() ? tr("No events from the server were set aside here.")
                                                : tr("Set aside: %n event(s) from the server that this laptop refuses "
                                                     "(they break a review rule here, or follow one that does). "
                                                     "They are never merged.",
                                                     nullptr, int(held.size())),
                                 this);
    heldLabel->setWordWrap(true);
    layout->addWidget(heldLabel);
    m_held = new QTreeWidget(this);
    m_held->setObjectName(u"quarantineList"_s);
    m_held->setRootIsDecorated(false);
    m_held->setHeaderLabels({tr("Case"), tr("Action"), tr("Reviewer"), tr("Device"), tr("Time"), tr("Why")});
    for (const HeldEvent &h : held) {
        const Event &e = h.event;
        auto *item =
            new QTreeWidgetItem(m_held, {e.caseRef, VocabularyText::action(e.action), e.reviewer,
                                         u"%1 #%2"_s.arg(e.device).arg(e.seq), EventHash::formatTime(e.at), h.reason});
        item->setToolTip(5, h.reason);
        item->setToolTip(0, e.uuid);
    }
    m_held->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_held->header()->setStretchLastSection(true);
    m_held->setVisible(!held.isEmpty());
    layout->addWidget(m_held, 1);

    // The wrapped texts get the height they need at the dialog's width, in every language.
    constexpr int width = 640;
    setMinimumWidth(width);
    const QMargins margins = layout->contentsMargins();
    for (QLabel *label : {intro, heldLabel})
        label->setMinimumHeight(label->heightForWidth(width - margins.left() - margins.right()));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save and Sync"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

TeamServerDialog::~TeamServerDialog()
{
    if (m_test)
        m_test->wait();
}

QString TeamServerDialog::address() const
{
    return m_address->text().trimmed();
}

QString TeamServerDialog::password() const
{
    return m_password->text();
}

void TeamServerDialog::testConnection()
{
    if (m_test)
        return;
    if (address().isEmpty()) {
        m_result->setText(tr("Give the server's address first."));
        return;
    }
    m_testButton->setEnabled(false);
    m_result->setText(tr("Connecting…"));
    struct Outcome {
        QString reviewer; // empty: it failed
        QString where;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    m_test = QThread::create([address = address(), password = password(), outcome] {
        auto server = ServerConnection::open(address, password);
        if (!server) {
            outcome->error = server.error().message;
            return;
        }
        auto who = ServerSync::login(**server);
        if (!who) {
            outcome->error = who.error().message;
            return;
        }
        outcome->reviewer = who->reviewer;
        outcome->where = (*server)->displayAddress();
    });
    m_test->setParent(this); // goes with the dialog, which waits for it first
    connect(m_test, &QThread::finished, this, [this, outcome] {
        m_test->deleteLater();
        m_test = nullptr;
        m_testButton->setEnabled(true);
        m_result->setText(outcome->reviewer.isEmpty()
                              ? outcome->error
                              : tr("Connected to %1 as reviewer %2.").arg(outcome->where, outcome->reviewer));
    });
    m_test->start();
}

} // namespace adreview
