// SPDX-License-Identifier: GPL-3.0-or-later
// Records a model's structure and data signals as short strings, naming each parent by a key
// role at the moment of emission, so tests can compare them with expected lists.
#pragma once

#include <QAbstractItemModel>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>

// Formats: inserted and removed "PARENT:FIRST-LAST", moved "PARENT:FIRST-LAST->PARENT:ROW",
// changed "PARENT:FIRST-LAST:COLUMN-COLUMN" with the roles in changedRoles. PARENT is the
// parent's keyRole value, or "root".
class ModelSignalRecorder
{
public:
    ModelSignalRecorder(QAbstractItemModel *model, int keyRole)
        : m_keyRole(keyRole)
        , m_resets(model, &QAbstractItemModel::modelAboutToBeReset)
        , m_layoutChanges(model, &QAbstractItemModel::layoutAboutToBeChanged)
    {
        QObject::connect(model, &QAbstractItemModel::rowsInserted, model,
            [this](const QModelIndex &parent, int first, int last) {
                inserted.append(range(parent, first, last));
            });
        QObject::connect(model, &QAbstractItemModel::rowsRemoved, model,
            [this](const QModelIndex &parent, int first, int last) {
                removed.append(range(parent, first, last));
            });
        QObject::connect(model, &QAbstractItemModel::rowsMoved, model,
            [this](const QModelIndex &source, int first, int last, const QModelIndex &destination,
                int row) {
                moved.append(range(source, first, last) + QStringLiteral("->") + name(destination)
                    + u':' + QString::number(row));
            });
        QObject::connect(model, &QAbstractItemModel::dataChanged, model,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                const QList<int> &roles) {
                changed.append(range(topLeft.parent(), topLeft.row(), bottomRight.row())
                    + QStringLiteral(":%1-%2").arg(topLeft.column()).arg(bottomRight.column()));
                changedRoles.append(roles);
            });
    }

    void clear()
    {
        inserted.clear();
        removed.clear();
        moved.clear();
        changed.clear();
        changedRoles.clear();
        m_resets.clear();
        m_layoutChanges.clear();
    }

    /// Compares the recorded signals with the expected lists and checks that every dataChanged
    /// names at least the display and tool tip roles and that nothing reset the model or its
    /// layout.
    /// The caller checks QTest::currentTestFailed() afterwards.
    void verify(const QStringList &expectedInserted, const QStringList &expectedRemoved,
        const QStringList &expectedMoved, const QStringList &expectedChanged) const
    {
        QCOMPARE(inserted, expectedInserted);
        QCOMPARE(removed, expectedRemoved);
        QCOMPARE(moved, expectedMoved);
        QCOMPARE(changed, expectedChanged);
        for (const QList<int> &roles : changedRoles) {
            QVERIFY(roles.contains(Qt::DisplayRole));
            QVERIFY(roles.contains(Qt::ToolTipRole));
        }
        QCOMPARE(resetCount(), 0);
        QCOMPARE(layoutChangeCount(), 0);
    }

    qsizetype resetCount() const { return m_resets.count(); }
    qsizetype layoutChangeCount() const { return m_layoutChanges.count(); }

    QStringList inserted;
    QStringList removed;
    QStringList moved;
    QStringList changed;
    QList<QList<int>> changedRoles;

private:
    QString name(const QModelIndex &parent) const
    {
        return parent.isValid() ? parent.data(m_keyRole).toString() : QStringLiteral("root");
    }

    QString range(const QModelIndex &parent, int first, int last) const
    {
        return QStringLiteral("%1:%2-%3").arg(name(parent)).arg(first).arg(last);
    }

    int m_keyRole;
    QSignalSpy m_resets;
    QSignalSpy m_layoutChanges;
};
