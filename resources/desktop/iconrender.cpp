// Build-time tool: renders Seika's SVG icon as the PNG sizes the hicolor icon theme expects
// (iconrender SOURCE.svg OUTDIR SIZE…  →  OUTDIR/SIZExSIZE/seika.png). Qt Svg renders it, so the build
// needs no rasteriser of its own and no PNG is kept in git.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    // QImage and QSvgRenderer need no display; the offscreen platform keeps QGuiApplication from looking for one.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: iconrender SOURCE.svg OUTDIR SIZE...\n");
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "iconrender: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    for (qsizetype i = 3; i < args.size(); ++i) {
        const int size = args.at(i).toInt();
        if (size <= 0)
            return 2;
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter);
        }
        const QString dir = QStringLiteral("%1/%2x%2").arg(args.at(2)).arg(size);
        if (!QDir().mkpath(dir) || !image.save(dir + QStringLiteral("/seika.png"))) {
            std::fprintf(stderr, "iconrender: cannot write %s/seika.png\n", qPrintable(dir));
            return 1;
        }
    }
    return 0;
}
