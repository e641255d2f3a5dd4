// SPDX-License-Identifier: GPL-3.0-or-later
// CachedTextDelegate: paints the same pixels as QStyledItemDelegate, and follows changed text.
#include "cachedtextdelegate.h"

#include <QImage>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTest>
#include <QTreeView>

using namespace nestbox;

class CachedTextDelegateTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void paintsLikeTheStyledDelegate_data();
    void paintsLikeTheStyledDelegate();
    void repaintsChangedText();

private:
    QImage render(QAbstractItemDelegate *delegate);

    QStandardItemModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
};

void CachedTextDelegateTest::init()
{
    m_model = new QStandardItemModel(0, 2, this);
    m_view = new QTreeView;
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->resize(400, 200);
    m_view->setColumnWidth(0, 150);
}

void CachedTextDelegateTest::cleanup()
{
    delete m_view;
    delete m_model;
}

QImage CachedTextDelegateTest::render(QAbstractItemDelegate *delegate)
{
    m_view->setItemDelegate(delegate);
    return m_view->viewport()->grab().toImage();
}

void CachedTextDelegateTest::paintsLikeTheStyledDelegate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("alignment");
    QTest::addColumn<QColor>("foreground");
    QTest::addColumn<bool>("selected");

    QTest::newRow("left") << QStringLiteral("sleep 300") << int(Qt::AlignLeft | Qt::AlignVCenter)
                          << QColor() << false;
    QTest::newRow("right") << QStringLiteral("4026532176") << int(Qt::AlignRight | Qt::AlignVCenter)
                           << QColor() << false;
    QTest::newRow("elided") << QStringLiteral(
        "/usr/lib/firefox/firefox --new-instance --profile /home/alice/private")
                            << int(Qt::AlignLeft | Qt::AlignVCenter) << QColor() << false;
    QTest::newRow("greyed") << QStringLiteral("exited") << int(Qt::AlignLeft | Qt::AlignVCenter)
                            << QColor(Qt::gray) << false;
    QTest::newRow("selected") << QStringLiteral("selected row")
                              << int(Qt::AlignLeft | Qt::AlignVCenter) << QColor() << true;
    QTest::newRow("empty") << QString() << int(Qt::AlignLeft | Qt::AlignVCenter) << QColor()
                           << false;
}

void CachedTextDelegateTest::paintsLikeTheStyledDelegate()
{
    QFETCH(QString, text);
    QFETCH(int, alignment);
    QFETCH(QColor, foreground);
    QFETCH(bool, selected);

    for (int row = 0; row < 3; ++row) {
        auto *cell = new QStandardItem(text);
        cell->setTextAlignment(Qt::Alignment(alignment));
        if (foreground.isValid())
            cell->setForeground(foreground);
        m_model->appendRow({ cell, new QStandardItem(QString::number(row)) });
    }
    if (selected)
        m_view->selectionModel()->select(
            m_model->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);

    QStyledItemDelegate styled;
    const QImage expected = render(&styled);
    CachedTextDelegate cached;
    const QImage painted = render(&cached);
    m_view->setItemDelegate(nullptr);

    QCOMPARE(painted, expected);
}

void CachedTextDelegateTest::repaintsChangedText()
{
    auto *cell = new QStandardItem(QStringLiteral("before"));
    m_model->appendRow({ cell, new QStandardItem });
    CachedTextDelegate cached;
    const QImage before = render(&cached);

    cell->setText(QStringLiteral("after"));
    const QImage after = render(&cached);
    QStyledItemDelegate styled;
    const QImage expected = render(&styled);
    m_view->setItemDelegate(nullptr);

    QVERIFY(after != before);
    QCOMPARE(after, expected);
}

QTEST_MAIN(CachedTextDelegateTest)
#include "tst_cachedtextdelegate.moc"
