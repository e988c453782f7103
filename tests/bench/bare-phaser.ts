import Phaser from 'phaser';

/** The benchmark's baseline: a bare Phaser game built with the same toolchain, one scene, one text. */
class Hello extends Phaser.Scene {
  create(): void {
    this.add.text(40, 40, 'Hello', { fontSize: '32px', color: '#ffffff' });
    this.input.keyboard?.on('keydown', () => {});
    (window as unknown as { benchReadyAt: number }).benchReadyAt = performance.now();
  }
}

const renderer =
  new URLSearchParams(location.search).get('renderer') === 'canvas' ? Phaser.CANVAS : Phaser.AUTO;
new Phaser.Game({ type: renderer, parent: 'game', width: 1280, height: 720, scene: [Hello] });
