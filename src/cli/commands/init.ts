import type { Command } from 'commander';
import { EXIT } from '../exit-code.js';
import type { Runner } from '../options.js';

export function registerInit(program: Command, run: Runner): void {
  program.command('init [dir]')
    .summary('写出空白输入模板（表头、下拉选项） / blank input templates')
    .description('在目录（默认当前目录）中写出每类输入的空白模板：规定的表头（见用户手册第 3 章）、枚举列的下拉选项和填写说明，\n' +
      '供县（市、区）手工填报。已存在的同名文件不会被覆盖。 Writes blank input templates for every kind.')
    .option('--no-color', '不使用颜色')
    .action(run(async (ctx, dir) => {
      const { runInit } = await import('../../app/init.js');
      const { written } = await runInit({ cwd: ctx.io.cwd, ...(dir !== undefined ? { dir } : {}) });
      for (const file of written) ctx.out(`已写出：${file}`);
      return EXIT.ok;
    }));
}
