// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputIssuesView.h"

#include "findings/FindingCatalog.h"
#include "SeverityIcons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

InputIssuesView::InputIssuesView(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("inputIssues"));
    m_layout->setContentsMargins(0, 0, 0, 0);
}

QString InputIssuesView::fixLabel(const InputIssue &issue)
{
    const QStringList securityNames{tr("no encryption"), tr("STARTTLS"), tr("SSL/TLS")};
    if (!issue.fixedHost.isEmpty() && issue.fixedPort && issue.fixedSecurity)
        return tr("Use %1, port %2, %3")
            .arg(issue.fixedHost)
            .arg(*issue.fixedPort)
            .arg(securityNames.at(int(*issue.fixedSecurity)));
    if (!issue.fixedHost.isEmpty() && issue.fixedPort)
        return tr("Use %1 and port %2").arg(issue.fixedHost).arg(*issue.fixedPort);
    if (!issue.fixedHost.isEmpty())
        return tr("Use %1").arg(issue.fixedHost);
    if (issue.fixedPort && issue.fixedSecurity)
        return tr("Use port %1 with %2")
            .arg(*issue.fixedPort)
            .arg(securityNames.at(int(*issue.fixedSecurity)));
    if (issue.fixedSecurity)
        return tr("Choose %1").arg(securityNames.at(int(*issue.fixedSecurity)));
    return {};
}

void InputIssuesView::setIssues(const QList<InputIssue> &issues)
{
    // Rebuilt only when the issues change, so that focus is not lost while typing.
    QStringList before;
    QStringList after;
    for (const InputIssue &issue : std::as_const(m_issues))
        before.append(issue.id + issue.args.join(QLatin1Char('\n')));
    for (const InputIssue &issue : issues)
        after.append(issue.id + issue.args.join(QLatin1Char('\n')));
    if (before == after)
        return;
    m_issues = issues;
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const InputIssue &issue : issues) {
        const Finding finding = FindingCatalog::make(
            issue.id, issue.args, {}, QStringLiteral("input"));
        auto *row = new QWidget(this);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *icon = new QLabel(row);
        icon->setPixmap(SeverityIcons::icon(finding.severity).pixmap(16, 16));
        auto *text = new QLabel(finding.title, row);
        text->setObjectName(QStringLiteral("issue_") + issue.id);
        text->setToolTip(finding.explanation);
        text->setWordWrap(true);
        rowLayout->addWidget(icon);
        rowLayout->addWidget(text, 1);
        if (issue.hasFix()) {
            auto *fix = new QPushButton(fixLabel(issue), row);
            fix->setObjectName(QStringLiteral("fix_") + issue.id);
            fix->setAccessibleDescription(finding.explanation);
            connect(fix, &QPushButton::clicked, this, [this, issue] { emit fixRequested(issue); });
            rowLayout->addWidget(fix);
        }
        m_layout->addWidget(row);
    }
}
