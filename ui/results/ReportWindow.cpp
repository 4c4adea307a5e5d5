// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportWindow.h"

#include "DialogProvider.h"
#include "report/ReportFile.h"
#include "ResultsView.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QVBoxLayout>

ReportWindow::ReportWindow(const Report &report, const QString &source, QWidget *parent)
    : QDialog(parent)
    , m_view(new ResultsView(this))
{
    setObjectName(QStringLiteral("reportWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("%1 port %2, %3 - SMTP Doctor")
                       .arg(report.target.host.isEmpty() ? tr("(no host)") : report.target.host)
                       .arg(report.target.port)
                       .arg(source));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    m_view->setReport(report);
    resize(720, 560);
}

ReportWindow *ReportWindow::openFile(const QString &path, QWidget *parent)
{
    QString error;
    const std::optional<Report> report = ReportFile::load(path, &error);
    if (!report) {
        DialogProvider::instance().showError(parent, tr("Open a report"), error);
        return nullptr;
    }
    auto *window = new ReportWindow(*report, QFileInfo(path).fileName(), parent);
    window->show();
    return window;
}
