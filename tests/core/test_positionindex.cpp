// PositionIndex: the index of the rows of a large import, sorted while the keys come in order, hashed
// once one does not.
#include "core/positionindex.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <vector>

using namespace seika::core;

namespace {

/// Rows as the index's callers keep them: an array that grows at its end, the index beside it.
struct Rows
{
    std::vector<int> keys;
    PositionIndex<int> index;

    auto keyAt() const
    {
        return [this](qsizetype i) { return keys[size_t(i)]; };
    }
    void add(int key)
    {
        keys.push_back(key);
        index.append(key, keyAt());
    }
    qsizetype find(int key) const { return index.find(key, keyAt()); }
};

} // namespace

TEST(PositionIndex, AnEmptyIndexFindsNothing)
{
    const Rows rows;
    EXPECT_EQ(rows.find(0), -1);
    EXPECT_EQ(rows.index.size(), 0);
}

TEST(PositionIndex, KeysInOrderAreFoundAndGapsAreNot)
{
    Rows rows;
    for (int k = 10; k < 1000; k += 10)
        rows.add(k);
    qsizetype checked = 0;
    for (int k = 0; k < 1100; ++k) {
        const qsizetype expected = k >= 10 && k < 1000 && k % 10 == 0 ? k / 10 - 1 : -1;
        ASSERT_EQ(rows.find(k), expected) << "key " << k;
        checked += expected >= 0;
    }
    EXPECT_EQ(checked, 99);
}

TEST(PositionIndex, AKeyOutOfOrderKeepsEveryEarlierPositionFindable)
{
    Rows rows;
    for (int k = 1; k <= 100; ++k)
        rows.add(k * 2);
    rows.add(51); // before the last one: from here on the index hashes
    rows.add(7);
    rows.add(1000);
    for (int k = 1; k <= 100; ++k)
        ASSERT_EQ(rows.find(k * 2), k - 1) << "key " << k * 2;
    EXPECT_EQ(rows.find(51), 100);
    EXPECT_EQ(rows.find(7), 101);
    EXPECT_EQ(rows.find(1000), 102);
    EXPECT_EQ(rows.find(3), -1);
    EXPECT_EQ(rows.find(999), -1);
    EXPECT_EQ(rows.index.size(), 103);
}

TEST(PositionIndex, ManyKeysInAnyOrderAgreeWithAMap)
{
    std::mt19937 random(12);
    std::uniform_int_distribution<int> draw(-1000000, 1000000);
    Rows rows;
    rows.index.reserve(1000);
    std::map<int, qsizetype> expected;
    while (expected.size() < 50000) {
        const int key = draw(random);
        if (expected.contains(key))
            continue;
        expected.emplace(key, qsizetype(rows.keys.size()));
        rows.add(key);
    }
    qsizetype found = 0;
    qsizetype missing = 0;
    for (int probe = 0; probe < 100000; ++probe) {
        const int key = draw(random);
        const auto it = expected.find(key);
        ASSERT_EQ(rows.find(key), it == expected.end() ? -1 : it->second) << "key " << key;
        ++(it == expected.end() ? missing : found);
    }
    for (const auto &[key, position] : expected)
        ASSERT_EQ(rows.find(key), position) << "key " << key;
    EXPECT_GT(found, 0);
    EXPECT_GT(missing, 0);
}

TEST(PositionIndex, ClearForgetsEverything)
{
    Rows rows;
    rows.add(3);
    rows.add(1);
    rows.index.clear();
    rows.keys.clear();
    EXPECT_EQ(rows.find(3), -1);
    rows.add(5);
    EXPECT_EQ(rows.find(5), 0);
}
