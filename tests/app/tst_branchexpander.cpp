// SPDX-License-Identifier: GPL-3.0-or-later
// BranchExpander: which rows it expands at first and as children arrive.
#include "branchexpander.h"

#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

using namespace nestbox;

class BranchExpanderTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void expandAllOpensBranchesOnly();
    void leafGainingAChildOpens();
    void collapsedBranchStaysClosedWhenChildrenArrive();
    void wideBranchLeavesStayCollapsed();

private:
    // root ─┬─ branch ── leafUnderBranch
    //       └─ leaf
    QStandardItemModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    BranchExpander *m_expander = nullptr;
    QStandardItem *m_root = nullptr;
    QStandardItem *m_branch = nullptr;
    QStandardItem *m_leaf = nullptr;
};

void BranchExpanderTest::init()
{
    m_model = new QStandardItemModel(this);
    m_root = new QStandardItem(QStringLiteral("root"));
    m_branch = new QStandardItem(QStringLiteral("branch"));
    m_leaf = new QStandardItem(QStringLiteral("leaf"));
    m_branch->appendRow(new QStandardItem(QStringLiteral("leafUnderBranch")));
    m_root->appendRow(m_branch);
    m_root->appendRow(m_leaf);
    m_model->appendRow(m_root);

    m_view = new QTreeView;
    m_view->setModel(m_model);
    m_expander = new BranchExpander(m_view);
}

void BranchExpanderTest::cleanup()
{
    delete m_view;
    delete m_model;
}

void BranchExpanderTest::expandAllOpensBranchesOnly()
{
    m_expander->expandAll();

    QVERIFY(m_view->isExpanded(m_root->index()));
    QVERIFY(m_view->isExpanded(m_branch->index()));
    QVERIFY(!m_view->isExpanded(m_leaf->index()));
}

void BranchExpanderTest::leafGainingAChildOpens()
{
    m_expander->expandAll();

    m_leaf->appendRow(new QStandardItem(QStringLiteral("newChild")));

    QVERIFY(m_view->isExpanded(m_leaf->index()));
}

void BranchExpanderTest::collapsedBranchStaysClosedWhenChildrenArrive()
{
    m_expander->expandAll();
    m_view->collapse(m_branch->index());

    m_branch->appendRow(new QStandardItem(QStringLiteral("secondChild")));

    QVERIFY(!m_view->isExpanded(m_branch->index()));
}

// QTreeView::expandAll() would mark these leaves expanded, each one a persistent index that the
// model walks on every insert and removal.
void BranchExpanderTest::wideBranchLeavesStayCollapsed()
{
    QStandardItem *wide = new QStandardItem(QStringLiteral("wide"));
    for (int row = 0; row < 100; ++row)
        wide->appendRow(new QStandardItem(QString::number(row)));
    m_model->appendRow(wide);

    m_expander->expandAll();

    QVERIFY(m_view->isExpanded(wide->index()));
    for (int row = 0; row < 100; ++row)
        QVERIFY(!m_view->isExpanded(wide->child(row)->index()));
}

QTEST_MAIN(BranchExpanderTest)
#include "tst_branchexpander.moc"
