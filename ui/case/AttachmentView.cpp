#include "case/AttachmentView.h"

#include "domain/Sha256.h"
#include "files/OutputFile.h"
#include "storage/EvidenceRepository.h"
#include "widgets/DisplayText.h"
#include "widgets/PlainLabel.h"

#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

// Kinds of file that a desktop may run rather than show when asked to open them.
bool mayRunPrograms(const QString &fileName)
{
    static const QStringList suffixes{u"desktop"_s, u"sh"_s,  u"bash"_s,    u"exe"_s,      u"bat"_s, u"cmd"_s,
                                      u"com"_s,     u"msi"_s, u"jar"_s,     u"appimage"_s, u"run"_s, u"bin"_s,
                                      u"py"_s,      u"pl"_s,  u"command"_s, u"scr"_s,      u"ps1"_s, u"vbs"_s,
                                      u"js"_s,      u"lnk"_s, u"url"_s,     u"deb"_s,      u"rpm"_s, u"x-desktop"_s};
    return suffixes.contains(QFileInfo(fileName).suffix().toLower());
}

} // namespace

AttachmentView::AttachmentView(Database &db, const ExternalActions &actions, QWidget *parent)
    : QWidget(parent), m_db(db), m_actions(actions)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_info = new PlainLabel(tr("Attached file"), this);
    m_info->setObjectName(u"attachmentInfo"_s);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hash = new PlainLabel(tr("Attached file SHA-256"), this);
    m_hash->setObjectName(u"attachmentHash"_s);
    m_hash->setWordWrap(true);
    m_hash->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview = new PlainLabel(tr("Attached picture preview"), this);
    m_preview->setObjectName(u"attachmentPreview"_s);
    m_preview->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_notice = new PlainLabel(tr("Attachment messages"), this);
    m_notice->setObjectName(u"attachmentNotice"_s);
    m_notice->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("Save attachment…"), this);
    m_save->setObjectName(u"saveAttachment"_s);
    m_save->setAccessibleName(tr("Save attachment"));
    m_open = new QPushButton(tr("Open attachment…"), this);
    m_open->setObjectName(u"openAttachment"_s);
    m_open->setAccessibleName(tr("Open attachment"));
    buttons->addWidget(m_save);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    layout->addWidget(m_info);
    layout->addWidget(m_hash);
    layout->addWidget(m_preview);
    layout->addLayout(buttons);
    layout->addWidget(m_notice);
    connect(m_save, &QPushButton::clicked, this, &AttachmentView::save);
    connect(m_open, &QPushButton::clicked, this, &AttachmentView::open);
    clear();
}

AttachmentView::~AttachmentView() = default;

void AttachmentView::clear()
{
    m_item = {};
    m_bytes.clear();
    m_info->setText(tr("No attached file."));
    m_hash->clear();
    m_hash->hide();
    m_preview->clear();
    m_preview->hide();
    m_notice->clear();
    m_notice->hide();
    m_save->hide();
    m_open->hide();
}

void AttachmentView::setEvidence(const Evidence &item)
{
    clear();
    if (item.attachmentName.isEmpty())
        return;
    m_item = item;
    auto bytes = EvidenceRepository(m_db).attachment(item.id);
    if (!bytes) {
        m_info->setText(tr("Attached file: %1").arg(DisplayText::isolate(item.attachmentName)));
        notify(bytes.error().message);
        return;
    }
    m_bytes = *bytes;
    QString info = tr("Attached file: %1 (%2, %3)")
                       .arg(DisplayText::isolate(item.attachmentName), DisplayText::orDash(item.attachmentType),
                            QLocale().formattedDataSize(m_bytes.size()));
    // A name with folders or hidden characters is not the name it is saved under: say which is.
    const QString safe = safeFileName(item.attachmentName);
    if (safe != item.attachmentName)
        info += u'\n' + tr("Saved or opened as: %1").arg(safe);
    m_info->setText(info);
    m_hash->setText(tr("SHA-256: %1").arg(item.attachmentHash));
    m_hash->show();
    const QString actual = Sha256::hex(m_bytes);
    if (actual.compare(item.attachmentHash, Qt::CaseInsensitive) != 0)
        notify(tr("Warning: the stored file does not match its recorded SHA-256 (it hashes to %1).").arg(actual));
    m_save->show();
    m_open->show();
    const bool risky = mayRunPrograms(safeFileName(item.attachmentName));
    m_open->setEnabled(!risky);
    m_open->setToolTip(risky ? tr("Files of this kind can run programs when opened. Save it and inspect it instead.")
                             : tr("Opens a copy in a temporary folder with your system's program for it."));
    m_open->setAccessibleDescription(m_open->toolTip());
    showPreview();
}

QByteArray AttachmentView::previewFormat(const QString &mimeType)
{
    const QString type = mimeType.trimmed().toLower();
    QByteArray format;
    if (type == u"image/png")
        format = "png";
    else if (type == u"image/jpeg" || type == u"image/jpg" || type == u"image/pjpeg")
        format = "jpeg";
    else if (type == u"image/gif")
        format = "gif";
    else if (type == u"image/bmp")
        format = "bmp";
    if (!format.isEmpty() && !QImageReader::supportedImageFormats().contains(format))
        return {};
    return format;
}

void AttachmentView::showPreview()
{
    const QByteArray format = previewFormat(m_item.attachmentType);
    if (format.isEmpty())
        return;
    QBuffer buffer(&m_bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    // The declared type decides the decoder; the content does not get to pick another one.
    reader.setAutoDetectImageFormat(false);
    const QSize size = reader.size();
    // A few bytes can declare a huge picture: check the size before anything is allocated.
    if (!size.isValid() || size.isEmpty() || qint64(size.width()) * size.height() > maxPreviewPixels) {
        notify(tr("No preview: the picture is damaged or too large to show (%1 × %2).")
                   .arg(size.width())
                   .arg(size.height()));
        return;
    }
    const QSize scaled = size.scaled(QSize(previewWidth, previewHeight), Qt::KeepAspectRatio).boundedTo(size);
    reader.setScaledSize(scaled);
    const QImage image = reader.read();
    if (image.isNull()) {
        notify(tr("No preview: %1").arg(reader.errorString()));
        return;
    }
    m_preview->setPixmap(QPixmap::fromImage(image));
    m_preview->setToolTip(tr("Preview of the attached picture, %1 × %2 pixels").arg(size.width()).arg(size.height()));
    m_preview->show();
}

void AttachmentView::notify(const QString &message)
{
    m_notice->setText(message);
    m_notice->setVisible(!message.isEmpty());
}

void AttachmentView::save()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString suggested = QDir(folder).filePath(safeFileName(m_item.attachmentName));
    const QString path = m_actions.chooseSavePath
                             ? m_actions.chooseSavePath(suggested)
                             : QFileDialog::getSaveFileName(this, tr("Save attachment"), suggested);
    if (path.isEmpty())
        return;
    OutputFile file(path);
    Status saved = file.begin();
    if (saved && !file.writeAll(m_bytes))
        saved = file.failure();
    if (saved)
        saved = file.commit();
    if (!saved) {
        notify(tr("Could not save %1: %2").arg(path, saved.error().message));
        return;
    }
    notify(tr("Saved to %1").arg(path));
}

void AttachmentView::open()
{
    const QString name = safeFileName(m_item.attachmentName);
    if (mayRunPrograms(name))
        return;
    const QString question = tr("Open the attached file %1 with the program your system uses for it?\n\n"
                                "Files from outside can be harmful; open only what you expect.")
                                 .arg(DisplayText::isolate(name));
    if (!m_actions.confirm || !m_actions.confirm(question))
        return;
    if (!m_tempDir)
        m_tempDir = std::make_unique<QTemporaryDir>();
    // One folder per item, so two attachments with the same name do not overwrite each other.
    const QString folder = m_tempDir->filePath(QString::number(m_item.id));
    const QString path = QDir(folder).filePath(name);
    QFile file(path);
    if (!m_tempDir->isValid() || !QDir().mkpath(folder) || !file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(m_bytes) != m_bytes.size()) {
        notify(tr("Could not write a temporary copy: %1").arg(file.errorString()));
        return;
    }
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!m_actions.openUrl || !m_actions.openUrl(QUrl::fromLocalFile(path)))
        notify(tr("No program could open %1.").arg(DisplayText::isolate(name)));
    else
        notify({});
}

QString AttachmentView::safeFileName(const QString &name)
{
    QString base = name.mid(qMax(name.lastIndexOf(u'/'), name.lastIndexOf(u'\\')) + 1);
    static const QString reserved = u"<>:\"|?*"_s;
    QString out;
    for (const QChar c : std::as_const(base)) {
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format)
            continue;
        out += reserved.contains(c) ? u'_' : c;
    }
    // No hidden files and no names that mean a folder.
    while (out.startsWith(u'.') || out.startsWith(u' '))
        out.remove(0, 1);
    out = out.trimmed().left(120);
    return out.isEmpty() ? tr("attachment") : out;
}

} // namespace adreview
