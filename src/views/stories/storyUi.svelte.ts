// What the story views share beyond the app's state: where focus goes when one replaces the
// other (the player after a person opened a story, "Start here" after they finished one), and
// the story just finished (for the way in to say so).
class StoryUi {
  focusPlayer = $state(false);
  focusStart = $state(false);
  finished = $state<string | null>(null);
}

export const storyUi = new StoryUi();
