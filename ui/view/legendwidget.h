#pragma once

#include "speakerpalette.h"

#include <QList>
#include <QWidget>

namespace saywho::ui {

// The strip above the article: one chip per speaker in its colour (click to show only that
// speaker), then samples of how unattributed quotes, dates and titles look.
class LegendWidget final : public QWidget
{
    Q_OBJECT

public:
    struct Speaker
    {
        int entityId = 0;
        QString name;
        int slot = -1;
        int quotes = 0;
        friend bool operator==(const Speaker &, const Speaker &) = default;
    };

    explicit LegendWidget(QWidget *parent = nullptr);

    // Shows at most maxSpeakers chips (the most quoted); the rest are counted in a "more" chip.
    void setSpeakers(QList<Speaker> speakers, int unattributed, bool hasDates, bool hasTitles);
    static constexpr int MaxSpeakers = 8;
    void setFocusEntity(int entityId);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void speakerClicked(int entityId); // 0: show everyone again

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class ChipKind { Speaker, More, Unknown, Date, Title, ShowAll };
    struct Chip
    {
        ChipKind kind;
        QString text;
        int entityId = 0;
        int slot = -1;
        QRect rect;
    };

    QList<Chip> chips() const;
    // Lays the chips out in rows for a width; returns the height used.
    int layout(QList<Chip> &chips, int width) const;
    const Chip *chipAt(const QPoint &pos) const;

    QList<Speaker> m_speakers;
    QList<Chip> m_laidOut;
    int m_unattributed = 0;
    int m_hidden = 0; // speakers beyond MaxSpeakers
    bool m_hasDates = false;
    bool m_hasTitles = false;
    int m_focus = 0;
};

} // namespace saywho::ui
