// adreview-render-icon: renders an SVG into square PNGs at build time, for the hicolor icon theme.
//
//     adreview-render-icon SOURCE.svg OUTPUT_DIR SIZE...
//
// writes OUTPUT_DIR/SIZExSIZE.png for each size. It needs no display: the offscreen platform is
// used unless QT_QPA_PLATFORM names another.

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 4) {
        err << "usage: adreview-render-icon SOURCE.svg OUTPUT_DIR SIZE...\n";
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        err << "adreview-render-icon: error: " << args.at(1) << ": not a valid SVG file\n";
        return 1;
    }
    const QDir out(args.at(2));
    if (!QDir().mkpath(out.path())) {
        err << "adreview-render-icon: error: " << out.path() << ": cannot create the folder\n";
        return 1;
    }
    for (const QString &arg : args.mid(3)) {
        bool ok = false;
        const int size = arg.toInt(&ok);
        if (!ok || size < 1 || size > 4096) {
            err << "adreview-render-icon: error: not a size: " << arg << '\n';
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        svg.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString file = out.filePath(u"%1x%1.png"_s.arg(size));
        if (!image.save(file, "PNG")) {
            err << "adreview-render-icon: error: " << file << ": cannot be written\n";
            return 1;
        }
    }
    return 0;
}
