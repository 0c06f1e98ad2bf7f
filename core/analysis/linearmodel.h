#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace saywho::core {

// A logistic model over named features, read from a lexicon resource written by a fitting script:
// "bias W" and "threshold T" rows, then one "FEATURE W" row per feature (tab-separated).
class LinearModel final
{
public:
    // featureNames fixes the order of the values given to probability(). A row naming a feature
    // outside it is a programming error; unknownFeatures() lists such rows for the tests.
    static LinearModel load(const QString &resource, const QStringList &featureNames);

    double probability(const QList<float> &values) const;
    bool accepts(const QList<float> &values) const { return probability(values) >= m_threshold; }
    double threshold() const { return m_threshold; }
    const QStringList &unknownFeatures() const { return m_unknown; }

private:
    double m_bias = 0.0;
    double m_threshold = 0.5;
    QList<double> m_weights;
    QStringList m_unknown;
};

} // namespace saywho::core
