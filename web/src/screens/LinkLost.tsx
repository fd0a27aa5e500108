import { Heading } from '../components/Heading';

export function LinkLost({ onStartOver }: { onStartOver: () => void }) {
  return (
    <div className="screen">
      <Heading>This link no longer opens your reflections</Heading>
      <p className="lead">
        The personal link this browser remembers has stopped working. This happens when a new link was made, for
        example on another device.
      </p>
      <p>Open your newest personal link here and you’ll be right back where you were.</p>
      <p>
        If you can’t find it, you can start again under a new name. Your earlier reflections stay safe, but this browser
        won’t show them.
      </p>
      <button type="button" onClick={onStartOver}>
        Start again with a new name
      </button>
    </div>
  );
}
