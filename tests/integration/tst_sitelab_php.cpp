// SPDX-License-Identifier: GPL-3.0-or-later
// The generated website probe as PHP sees it: `php -l` passes (PHP 8.2),
// the file is under 40 KB, and PHP's own tokenizer finds no syntax newer
// than PHP 5.6 in it (php56_syntax.php, itself checked on a bad sample).
#include "site/SiteProbeFile.h"

#include <QDateTime>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSiteLabPhp : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void checkerSeesNewerSyntax();
    void generatedProbe();

private:
    QProcess::ExitStatus runPhp(const QStringList &arguments, int *code, QByteArray *out);
    QString write(const QString &name, const QByteArray &text);

    QString m_php;
    QString m_checker;
    QTemporaryDir m_dir;
};

void TestSiteLabPhp::initTestCase()
{
    m_php = QStandardPaths::findExecutable(QStringLiteral("php"));
    if (m_php.isEmpty())
        QSKIP("php is not installed (Debian: php8.2-cli, installed by installer/setup.sh test)");
    m_checker = QStringLiteral(SMTP_DOCTOR_TEST_DATA "/../integration/php56_syntax.php");
    QVERIFY(QFile::exists(m_checker));
}

QProcess::ExitStatus TestSiteLabPhp::runPhp(const QStringList &arguments,
                                            int *code,
                                            QByteArray *out)
{
    QProcess php;
    php.setProcessChannelMode(QProcess::MergedChannels);
    php.start(m_php, arguments);
    php.waitForFinished(30000);
    *code = php.exitCode();
    *out = php.readAll();
    return php.exitStatus();
}

QString TestSiteLabPhp::write(const QString &name, const QByteArray &text)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(file.fileName()));
    file.write(text);
    return file.fileName();
}

void TestSiteLabPhp::checkerSeesNewerSyntax()
{
    const QString bad = write(QStringLiteral("bad.php"),
                              "<?php\n$a = $b ?? 1;\n$f = fn($x) => $x;\n$o?->p;\n"
                              "[$x, $y] = array(1, 2);\nfunction g(int $n): string { return ''; }\n"
                              "// ?? and fn in a comment do not count\n");
    int code = -1;
    QByteArray out;
    QCOMPARE(runPhp({m_checker, bad}, &code, &out), QProcess::NormalExit);
    QCOMPARE(code, 1);
    for (const char *construct :
         {"??", "fn", "?->", "short list", "scalar type hint int", "return type"})
        QVERIFY2(out.contains(construct), out.constData());
    QCOMPARE(out.count('\n'), 6); // the comment counted for nothing
}

void TestSiteLabPhp::generatedProbe()
{
    SiteProbeFile::Spec spec;
    spec.host = QStringLiteral("mail.example.test");
    spec.controlHost = QStringLiteral("control.example.test");
    spec.extraPorts = {2600, 8025};
    QString error;
    const auto made = SiteProbeFile::make(spec, QDateTime::currentDateTimeUtc(), &error);
    QVERIFY2(made, qPrintable(error));
    QVERIFY2(made->text.size() < 40 * 1024, qPrintable(QString::number(made->text.size())));
    const QString path = write(made->fileName, made->text);
    int code = -1;
    QByteArray out;
    QCOMPARE(runPhp({QStringLiteral("-l"), path}, &code, &out), QProcess::NormalExit);
    QVERIFY2(code == 0 && out.contains("No syntax errors"), out.constData());
    QCOMPARE(runPhp({m_checker, path}, &code, &out), QProcess::NormalExit);
    QVERIFY2(code == 0, out.constData());
}

QTEST_GUILESS_MAIN(TestSiteLabPhp)
#include "tst_sitelab_php.moc"
