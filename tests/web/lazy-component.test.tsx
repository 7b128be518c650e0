import { describe, it, expect } from '@jest/globals';
import { Suspense, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { lazyComponent } from '../../src/web/shared/components/lazy-component.tsx';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

const render = (Component: ComponentType<{ name: string }>) =>
  renderToString(
    <Suspense fallback={<p>Loading</p>}>
      <Component name="Riley" />
    </Suspense>,
  );

describe('lazy screens', () => {
  it('show the fallback while their code is on its way', () => {
    const screen = lazyComponent(() => new Promise<typeof Greeting>(() => undefined));
    expect(render(screen.Component)).toContain('Loading');
  });

  it('render at once, without a fallback, once their code has been preloaded', async () => {
    const screen = lazyComponent(() => Promise.resolve(Greeting));
    screen.preload();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(render(screen.Component)).toContain('Hello <!-- -->Riley');
  });

  it('load their code once however often they are preloaded', async () => {
    let loads = 0;
    const screen = lazyComponent(() => {
      loads += 1;
      return Promise.resolve(Greeting);
    });
    screen.preload();
    screen.preload();
    await new Promise((resolve) => setTimeout(resolve, 0));
    render(screen.Component);
    expect(loads).toBe(1);
  });
});
