#pragma once

#include "domain/Domain.h"
#include "main/ExternalActions.h"

#include <QWidget>

#include <memory>

class QPushButton;
class QTemporaryDir;

namespace adreview {

class Database;
class PlainLabel;

// An evidence item's attached file: what it is, a preview when it is a picture, and buttons to
// save it or open it with the system's program for it. The bytes are read from the database
// only when an item with an attachment is shown.
class AttachmentView : public QWidget {
    Q_OBJECT

public:
    AttachmentView(Database &db, const ExternalActions &actions, QWidget *parent = nullptr);
    ~AttachmentView() override;
    void setEvidence(const Evidence &item);
    void clear();

    // The name to suggest when saving: no folders, no control or bidi characters, nothing that
    // a file system reserves, never empty.
    static QString safeFileName(const QString &name);
    // Picture formats previewed here; others (SVG can name local files) are only saved or opened.
    static QByteArray previewFormat(const QString &mimeType);
    static constexpr int maxPreviewPixels = 40 * 1000 * 1000;
    static constexpr int previewWidth = 360;
    static constexpr int previewHeight = 240;

private:
    void showPreview();
    void save();
    void open();
    void notify(const QString &message);

    Database &m_db;
    const ExternalActions &m_actions;
    Evidence m_item;
    QByteArray m_bytes;
    PlainLabel *m_info = nullptr;
    PlainLabel *m_hash = nullptr;
    PlainLabel *m_preview = nullptr;
    PlainLabel *m_notice = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_open = nullptr;
    std::unique_ptr<QTemporaryDir> m_tempDir;
};

} // namespace adreview
