// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

// What the repository cites must be in the repository: no path of the
// machine it was written on, and every file the README names exists.
class TestReferences : public QObject
{
    Q_OBJECT
private slots:
    void noPathOutsideTheRepository();
    void readmeCitesOnlyWhatExists();
};

namespace {

const QString sourceDir = QStringLiteral(SMTP_DOCTOR_SOURCE_DIR);

QString read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

void TestReferences::noPathOutsideTheRepository()
{
    // Built from parts, so that this file does not find itself.
    const QRegularExpression machinePath(QStringLiteral("(?:^|[\\s\"'(])/(?:work|tmp/work)")
                                         + QStringLiteral("/\\w"));
    QStringList offenders;
    for (const char *folder : {"app", "ui", "tests", "installer", "docs", "resources"}) {
        QDirIterator it(sourceDir + QLatin1Char('/') + QLatin1String(folder),
                        {QStringLiteral("*.cpp"),
                         QStringLiteral("*.h"),
                         QStringLiteral("*.md"),
                         QStringLiteral("*.py"),
                         QStringLiteral("*.sh"),
                         QStringLiteral("*.txt"),
                         QStringLiteral("*.cmake")},
                        QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString text = read(path);
            const QRegularExpressionMatch match = machinePath.match(text);
            if (match.hasMatch())
                offenders.append(QDir(sourceDir).relativeFilePath(path) + QStringLiteral(": ")
                                 + text.mid(match.capturedStart(), 40).simplified());
        }
    }
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
}

void TestReferences::readmeCitesOnlyWhatExists()
{
    const QString readme = read(sourceDir + QStringLiteral("/README.md"));
    QVERIFY(!readme.isEmpty());
    // Links and `quoted` paths into the repository's own folders.
    const QRegularExpression cited(QStringLiteral(
        "(?:\\]\\(|`)((?:app|ui|tests|docs|installer|resources|translations)/[^`)\\s]*)"));
    QStringList missing;
    for (const QRegularExpressionMatch &match : cited.globalMatch(readme)) {
        const QString path = match.captured(1);
        if (!QFileInfo::exists(sourceDir + QLatin1Char('/') + path))
            missing.append(path);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    // A design document is cited by its file, which must then be here; the
    // README once sent readers to "the design notes", which are not.
    const QRegularExpression designDocument(QStringLiteral("design (?:notes|document)"),
                                            QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!designDocument.match(readme).hasMatch(),
             "README.md cites design notes that the repository does not hold");
}

QTEST_GUILESS_MAIN(TestReferences)
#include "tst_references.moc"
