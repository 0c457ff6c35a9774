// What the story views share beyond the app's state: whether the player should take focus when it
// appears (after a person opened a story), and the story just finished (for the way in to say so).
class StoryUi {
  focusPlayer = $state(false);
  finished = $state<string | null>(null);
}

export const storyUi = new StoryUi();
