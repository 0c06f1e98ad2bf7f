#include "linearmodel.h"

#include "../lexicon/wordlistfile.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace saywho::core {

LinearModel LinearModel::load(const QString &resource, const QStringList &featureNames)
{
    LinearModel m;
    m.m_weights = QList<double>(featureNames.size(), 0.0);
    for (const QStringList &row : WordListFile::rows(resource)) {
        if (row.size() < 2)
            continue;
        const double w = row.at(1).toDouble();
        if (row.first() == u"bias")
            m.m_bias = w;
        else if (row.first() == u"threshold")
            m.m_threshold = w;
        else if (const qsizetype i = featureNames.indexOf(row.first()); i >= 0)
            m.m_weights[i] = w;
        else
            m.m_unknown.append(row.first());
    }
    return m;
}

double LinearModel::probability(const QList<float> &values) const
{
    double z = m_bias;
    for (qsizetype i = 0; i < values.size() && i < m_weights.size(); ++i)
        z += m_weights.at(i) * double(values.at(i));
    return 1.0 / (1.0 + std::exp(-z));
}

} // namespace saywho::core
